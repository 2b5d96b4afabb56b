//! Pay and jobs figures: typed published values, money as readers see it, and how two
//! salaries compare.

pub mod concentration;
pub mod money;
pub mod salary;
pub mod value;
