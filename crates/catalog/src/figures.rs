//! Where an OEWS row's figures are: the columns of a BLS CSV found by name in its header, and
//! one record's cells read into the core's typed [`AreaWages`] and [`Concentration`].

use csv::StringRecord;
use role_compare_core::wages::concentration::Concentration;
use role_compare_core::wages::value::{AreaWages, WageValue};

use crate::concentration::parse_decimal;
pub use crate::concentration::CONCENTRATION_COLUMNS;
use crate::error::{Error, Result};
pub use crate::wages::COLUMNS as WAGE_COLUMNS;
use crate::wages::{area_wages, parse_cell, Column};

/// Reads the gzipped CSV at `path` with `from_reader`; errors name the file.
pub fn read_gzipped<T>(
    path: &std::path::Path,
    from_reader: impl FnOnce(flate2::read::GzDecoder<std::fs::File>) -> Result<T>,
) -> Result<T> {
    let in_file = |e: &dyn std::fmt::Display| Error::new(format!("{}: {e}", path.display()));
    let file = std::fs::File::open(path).map_err(|e| in_file(&e))?;
    from_reader(flate2::read::GzDecoder::new(file)).map_err(|e| in_file(&e))
}

/// A CSV reader over `reader` and its header.
pub fn csv_with_header<R: std::io::Read>(reader: R) -> Result<(csv::Reader<R>, Header)> {
    let mut csv = csv::Reader::from_reader(reader);
    let header = Header::new(
        csv.headers()
            .map_err(|e| Error::new(e.to_string()))?
            .clone(),
    );
    Ok((csv, header))
}

/// A CSV header: finds columns by name.
#[derive(Debug, Clone)]
pub struct Header(StringRecord);

impl Header {
    pub fn new(header: StringRecord) -> Self {
        Header(header)
    }

    pub fn column(&self, name: &str) -> Result<usize> {
        self.0
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| Error::new(format!("no column “{name}”")))
    }

    /// A value column and its `<name>_footnote`.
    fn with_footnote(&self, name: &'static str) -> Result<Cell> {
        Ok(Cell {
            name,
            value: self.column(name)?,
            footnote: self.column(&format!("{name}_footnote"))?,
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    name: &'static str,
    value: usize,
    footnote: usize,
}

impl Cell {
    fn read<'r>(&self, record: &'r StringRecord) -> (&'r str, &'r str) {
        (
            record.get(self.value).unwrap_or_default(),
            record.get(self.footnote).unwrap_or_default(),
        )
    }
}

/// The positions of a row's eight wage figures and, where the file has them, its two
/// concentration figures.
#[derive(Debug, Clone)]
pub struct FigureColumns {
    wages: Vec<(Cell, Column)>,
    concentration: Vec<(Cell, u32)>,
}

impl FigureColumns {
    /// The wage columns, which every OEWS area file has.
    pub fn wages(header: &Header) -> Result<Self> {
        let wages = WAGE_COLUMNS
            .iter()
            .map(|(name, kind)| Ok((header.with_footnote(name)?, *kind)))
            .collect::<Result<_>>()?;
        Ok(FigureColumns {
            wages,
            concentration: Vec::new(),
        })
    }

    /// The wage columns and `jobs_1000` and `loc_quotient`.
    pub fn with_concentration(header: &Header) -> Result<Self> {
        let mut columns = Self::wages(header)?;
        columns.concentration = CONCENTRATION_COLUMNS
            .iter()
            .map(|(name, places)| Ok((header.with_footnote(name)?, *places)))
            .collect::<Result<_>>()?;
        Ok(columns)
    }

    pub fn read_wages(&self, record: &StringRecord) -> Result<AreaWages> {
        let mut cells = [WageValue::NotPublished; WAGE_COLUMNS.len()];
        for (slot, (cell, kind)) in cells.iter_mut().zip(&self.wages) {
            let (value, footnote) = cell.read(record);
            *slot = parse_cell(*kind, value, footnote).map_err(|e| named(cell, e))?;
        }
        Ok(area_wages(cells))
    }

    /// Jobs per 1,000 and location quotient; call only on columns found by
    /// [`FigureColumns::with_concentration`].
    pub fn read_concentration(&self, record: &StringRecord) -> Result<Concentration> {
        let mut cells = [WageValue::NotPublished; 2];
        for (slot, (cell, places)) in cells.iter_mut().zip(&self.concentration) {
            let (value, footnote) = cell.read(record);
            *slot = parse_decimal(value, footnote, *places).map_err(|e| named(cell, e))?;
        }
        Ok(Concentration::from(cells))
    }
}

fn named(cell: &Cell, error: Error) -> Error {
    Error::new(format!("{}: {error}", cell.name))
}
