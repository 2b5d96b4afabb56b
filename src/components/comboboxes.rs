//! The page's comboboxes brought to life with plain DOM events: the compare picker (two
//! boxes over every role, and a Compare button) and the area box of a generated comparison
//! (one box over every area; choosing one shows it). Their markup and logic (ranking, keys)
//! are `role_compare_core::navigation::picker`; this file only connects them to the page.
//! (Written without reactive views on purpose: that version cost 16 KiB of the first-load
//! budget.)

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare_core::markup::tree::Node;
use role_compare_core::navigation::picker::{
    area_choices, best_matches, choices, listbox_id, options, Choices, Combobox, KeyOutcome,
    BOX_IDS, CHOSEN_ATTRIBUTE,
};
use role_compare_core::navigation::routes::compare_route;
use role_compare_core::pages::compare::AREA_BOX_ID;
use role_compare_core::PairSlug;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::api::{area_index, catalog};
use crate::idle::when_idle;
use crate::markup_dom::patch_children;
use crate::router::{use_navigate, Navigate};

/// Which of the page's comboboxes a form holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Two roles, compared on submit.
    Roles,
    /// One area, shown as soon as it is chosen.
    Area,
}

impl Kind {
    fn ids(self) -> &'static [&'static str] {
        match self {
            Kind::Roles => &BOX_IDS,
            Kind::Area => &[AREA_BOX_ID],
        }
    }
}

struct Picker {
    kind: Kind,
    boxes: Vec<Combobox>,
    all: Rc<Choices>,
    loading: bool,
    navigate: Navigate,
    /// The picker's form; its parts are looked up inside it.
    form: Option<web_sys::Element>,
    /// The event handlers, kept alive while the picker is on the page.
    handlers: Vec<Handler>,
    /// The options last written into each box's list.
    shown: Vec<Option<Vec<Node>>>,
}

type Shared = Rc<RefCell<Picker>>;

/// A listener and what it listens to, so it can be removed before it is dropped.
struct Handler {
    target: web_sys::EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Handler {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

fn element(picker: &Picker, id: &str) -> Option<web_sys::Element> {
    picker
        .form
        .as_ref()?
        .query_selector(&format!("#{id}"))
        .ok()?
}

fn input(picker: &Picker, which: usize) -> Option<web_sys::HtmlInputElement> {
    element(picker, picker.kind.ids()[which])?.dyn_into().ok()
}

/// Shows box `which` as its state says: options, open or closed, the active option.
fn render(picker: &mut Picker, which: usize) {
    let (id, state) = (picker.kind.ids()[which], &picker.boxes[which]);
    let (Some(field), Some(list)) = (input(picker, which), element(picker, &listbox_id(id))) else {
        return;
    };
    let open = state.open && !state.results.is_empty();
    // Only a change is written, and only what changed: the next keystroke mostly moves the
    // marked letters of the same options, and new option elements would have the browser
    // style and lay out every one of them again. A closed list keeps its options, hidden
    // from readers and screen readers alike, so that the first key of the next query
    // rewrites their text rather than building them again.
    if let Some(shown) = picker.shown.get_mut(which).filter(|_| open) {
        let options = options(id, state, &picker.all);
        if shown.as_ref() != Some(&options) {
            patch_children(&list, shown.as_deref().unwrap_or_default(), &options);
            *shown = Some(options);
        }
    }
    let _ = if open {
        list.remove_attribute("hidden")
    } else {
        list.set_attribute("hidden", "")
    };
    let _ = field.set_attribute("aria-expanded", &open.to_string());
    let _ = match state.active_option_id(id) {
        Some(active) => field.set_attribute("aria-activedescendant", &active),
        None => field.remove_attribute("aria-activedescendant"),
    };
    if field.value() != state.text {
        field.set_value(&state.text);
    }
    // Only a change is written: a live region rewritten with the same words is announced
    // again, and the browser lays it out again on every keystroke.
    let status = state.status();
    if let Some(line) = field
        .parent_element()
        .and_then(|p| p.query_selector("[role=status]").ok().flatten())
        .filter(|line| line.text_content().as_deref() != Some(status.as_str()))
    {
        line.set_text_content(Some(&status));
    }
}

/// Says what went wrong in the form's alert line, which shows only when it has text (`""`
/// clears it). Not in a box's status: that one is for screen readers only, and typing
/// rewrites it.
fn show_problem(picker: &Picker, message: &str) {
    let problem = picker
        .form
        .as_ref()
        .and_then(|form| form.query_selector(".picker-problem").ok().flatten());
    // Only a change is written: clearing a line already empty would still dirty the form.
    if let Some(problem) = problem.filter(|p| p.text_content().as_deref() != Some(message)) {
        problem.set_text_content(Some(message));
    }
}

thread_local! {
    /// The choices of each kind of box, prepared once per visit: a generated page's picker
    /// is brought to life on every page shown (Next), and preparing the whole catalogue
    /// each time was in the way of showing it.
    static CHOICES: RefCell<[Option<Rc<Choices>>; 2]> = const { RefCell::new([None, None]) };
}

/// Every role (from the catalogue) or every area (from the area index).
async fn load_choices(kind: Kind) -> Result<Rc<Choices>, crate::api::LoadError> {
    let slot = match kind {
        Kind::Roles => 0,
        Kind::Area => 1,
    };
    if let Some(kept) = CHOICES.with_borrow(|kept| kept[slot].clone()) {
        return Ok(kept);
    }
    let all = Rc::new(match kind {
        Kind::Roles => choices(&*catalog().await?),
        Kind::Area => area_choices(&*area_index().await?),
    });
    CHOICES.with_borrow_mut(|kept| kept[slot] = Some(Rc::clone(&all)));
    Ok(all)
}

/// Fetches the choices the first time a box is used, then refreshes what was typed.
fn ensure_choices(picker: &Shared) {
    {
        let mut state = picker.borrow_mut();
        if state.loading || !state.all.is_empty() {
            return;
        }
        state.loading = true;
    }
    let picker = Rc::clone(picker);
    spawn_local(async move {
        let kind = picker.borrow().kind;
        let loaded = load_choices(kind).await;
        let mut state = picker.borrow_mut();
        state.loading = false;
        match loaded {
            Ok(all) => {
                // A Retry that worked: the earlier failure is over.
                show_problem(&state, "");
                state.all = all;
                let all = Rc::clone(&state.all);
                for which in 0..state.boxes.len() {
                    let combo = &mut state.boxes[which];
                    if combo.chosen.is_none() && !combo.text.is_empty() {
                        let text = combo.text.clone();
                        combo.type_text(&text, &all);
                    }
                    render(&mut state, which);
                }
            }
            Err(error) => show_problem(&state, &error.to_string()),
        }
    });
}

fn listen(
    picker: &Shared,
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    picker.borrow_mut().handlers.push(Handler {
        target: target.clone(),
        event,
        closure,
    });
}

/// Shows the area chosen in the area box: the same page in that area (keeping the view and
/// the map's shading).
fn show_area(picker: &Picker) {
    let Some(area) = &picker.boxes[0].chosen else {
        return;
    };
    let here = crate::router::current_location();
    let state = role_compare_core::navigation::routes::PairState::parse(
        here.query("area").as_deref(),
        here.query("view").as_deref(),
        here.query("map").as_deref(),
        |_| true,
    )
    .with_area(area);
    picker
        .navigate
        .replace(&format!("{}{}", here.path, state.query()));
}

fn submit(picker: &Shared) {
    if picker.borrow().kind == Kind::Area {
        let mut state = picker.borrow_mut();
        let all = Rc::clone(&state.all);
        let combo = &mut state.boxes[0];
        if combo.chosen.is_none() {
            // Typed but not picked: the best match, as a reader pressing Show expects.
            combo.results = best_matches(&all, &combo.text.clone());
            combo.pick(0, &all);
        }
        render(&mut state, 0);
        show_area(&state);
        return;
    }
    let mut state = picker.borrow_mut();
    let all = Rc::clone(&state.all);
    for combo in &mut state.boxes {
        // Typed but not picked: take the best match, as a reader pressing Compare expects.
        if combo.chosen.is_none() && !combo.results.is_empty() {
            combo.pick(0, &all);
        }
    }
    for which in 0..2 {
        render(&mut state, which);
    }
    match (&state.boxes[0].chosen, &state.boxes[1].chosen) {
        (Some(a), Some(b)) if a != b => {
            show_problem(&state, "");
            let href = compare_route(&PairSlug::new(a.clone(), b.clone()));
            let navigate = state.navigate;
            drop(state);
            navigate.to(&href);
        }
        (Some(_), Some(_)) => show_problem(&state, "Choose two different roles."),
        _ => show_problem(&state, "Choose a role from the list in both boxes."),
    }
}

/// After a pick: the area box shows the chosen area at once.
fn picked(state: &Picker) {
    if state.kind == Kind::Area {
        show_area(state);
    }
}

fn wire(picker: &Shared, form: &web_sys::Element) {
    picker.borrow_mut().form = Some(form.clone());
    let ids = picker.borrow().kind.ids();
    for (which, box_id) in ids.iter().enumerate() {
        let Some(field) = input(&picker.borrow(), which) else {
            return;
        };
        let p = Rc::clone(picker);
        listen(picker, &field, "input", move |event| {
            let text = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            let mut state = p.borrow_mut();
            let all = Rc::clone(&state.all);
            state.boxes[which].type_text(&text, &all);
            render(&mut state, which);
            drop(state);
            // After a failed load, typing is asking again (focus alone came once).
            ensure_choices(&p);
        });
        let p = Rc::clone(picker);
        listen(picker, &field, "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
                return;
            };
            let mut state = p.borrow_mut();
            let all = Rc::clone(&state.all);
            let outcome = state.boxes[which].key(&key, &all);
            if outcome != KeyOutcome::Ignored {
                event.prevent_default();
                render(&mut state, which);
            }
            if outcome == KeyOutcome::Picked {
                picked(&state);
            }
        });
        let p = Rc::clone(picker);
        listen(picker, &field, "blur", move |_| {
            let mut state = p.borrow_mut();
            state.boxes[which].open = false;
            render(&mut state, which);
        });
        let list = element(&picker.borrow(), &listbox_id(box_id));
        if let Some(list) = list {
            let p = Rc::clone(picker);
            // mousedown, not click: it must beat the input's blur, which closes the list.
            listen(picker, &list, "mousedown", move |event| {
                event.prevent_default();
                let position = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.closest("[data-position]").ok().flatten())
                    .and_then(|e| e.get_attribute("data-position"))
                    .and_then(|p| p.parse::<usize>().ok());
                if let Some(position) = position {
                    let mut state = p.borrow_mut();
                    let all = Rc::clone(&state.all);
                    state.boxes[which].pick(position, &all);
                    render(&mut state, which);
                    picked(&state);
                }
            });
        }
    }
    let p = Rc::clone(picker);
    listen(picker, form, "focusin", move |_| ensure_choices(&p));
    let p = Rc::clone(picker);
    listen(picker, form, "submit", move |event| {
        event.prevent_default();
        submit(&p);
    });
}

/// A box as the page shows it: its text, and its chosen role when the page was rendered
/// with one.
fn box_in_page(form: &web_sys::Element, id: &str) -> Combobox {
    let field = form
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok());
    match field {
        // Typed into before the app was there: what was typed, no longer the choice.
        Some(field) if field.value() != field.default_value() => Combobox {
            text: field.value(),
            ..Combobox::default()
        },
        Some(field) => Combobox {
            text: field.value(),
            chosen: field.get_attribute(CHOSEN_ATTRIBUTE),
            ..Combobox::default()
        },
        None => Combobox::default(),
    }
}

/// Brings the comboboxes in `page` to life until the current owner is cleaned up: the
/// compare picker (with `eager` its catalogue is fetched when the browser is idle rather
/// than when it is first used) and the area box of a generated comparison.
pub fn bring_comboboxes_to_life(page: &web_sys::Element, eager: bool) {
    let area_form = page.query_selector("form.area-form").ok().flatten();
    // A page with an area box is a generated comparison: Previous and Next open generated
    // comparisons too, whose picker wants every role at once. Preparing the choices then
    // took 5–10 ms of the first Next at ×4 CPU; they are prepared when idle instead.
    let eager = eager || area_form.is_some();
    if let Ok(Some(form)) = page.query_selector("form.picker") {
        bring_to_life(Kind::Roles, &form, eager);
    }
    if let Some(form) = area_form {
        bring_to_life(Kind::Area, &form, false);
    }
}

fn bring_to_life(kind: Kind, form: &web_sys::Element, eager: bool) {
    let boxes: Vec<Combobox> = kind.ids().iter().map(|id| box_in_page(form, id)).collect();
    let shown = vec![None; boxes.len()];
    let picker: Shared = Rc::new(RefCell::new(Picker {
        kind,
        boxes,
        all: Rc::default(),
        loading: false,
        navigate: use_navigate(),
        form: None,
        handlers: Vec::new(),
        shown,
    }));
    let keep = SendWrapper::new(Rc::clone(&picker));
    // Detach the listeners when the page goes (each handler removes itself).
    on_cleanup(move || keep.borrow_mut().handlers.clear());
    wire(&picker, form);
    // Focused before the app was there (the focus is what started it): as if just focused.
    let focused = document()
        .active_element()
        .is_some_and(|active| form.contains(Some(&active)));
    if focused {
        ensure_choices(&picker);
    } else if eager {
        // Not in the task that shows the page: ranking every role's name took 25–30 ms at
        // ×4 CPU ahead of the app shell's first paint.
        when_idle(move || ensure_choices(&picker));
    }
}
