//! The rule table's rows in one language, read from the package's generated
//! `rules-<lang>.js` (`crates/lis1kit/tests/rule_texts.rs` writes it from
//! `lis1_core::rules::RULES`) instead of being compiled into the wasm: the
//! summaries in three languages would weigh on every page with an element,
//! and only `<lis1-rules>` and a result's rule-id titles show them.
//! `define-element.js` imports the module of a language once; the rows are
//! kept here per language, so a second draw is synchronous.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Reflect};
use lis1_core::rules::Status;
use lis1_core::Lang;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(raw_module = "./define-element.js")]
extern "C" {
    /// `import('./rules-<lang>.js')`, resolved with the module's `RULES`.
    #[wasm_bindgen(js_name = ruleRows)]
    fn rule_rows(lang: &str) -> js_sys::Promise;
}

/// One rule as shown: id, section, status, summary in the row's language, source.
pub struct Row {
    pub id: String,
    pub section: u8,
    pub status: Status,
    pub summary: String,
    pub source: String,
}

/// The rows in `lang`, or the cause the module could not be read.
pub type Rows = Result<Rc<Vec<Row>>, JsValue>;

/// The rows of each language read so far.
#[derive(Default)]
struct Loaded {
    nb: Option<Rc<Vec<Row>>>,
    nn: Option<Rc<Vec<Row>>>,
    en: Option<Rc<Vec<Row>>>,
}

impl Loaded {
    fn slot(&mut self, lang: Lang) -> &mut Option<Rc<Vec<Row>>> {
        match lang {
            Lang::Nb => &mut self.nb,
            Lang::Nn => &mut self.nn,
            Lang::En => &mut self.en,
        }
    }
}

thread_local! {
    static LOADED: RefCell<Loaded> = RefCell::new(Loaded::default());
}

fn text(row: &JsValue, key: &str) -> Result<String, JsValue> {
    Reflect::get(row, &JsValue::from_str(key))?.as_string().ok_or_else(|| JsValue::from_str(&format!("rule {key}")))
}

/// The module's `RULES` as rows; a row the wasm cannot read is an error (the
/// module and the wasm are built from the same table).
fn read(rules: &JsValue) -> Result<Vec<Row>, JsValue> {
    let list: &Array = rules.dyn_ref().ok_or_else(|| JsValue::from_str("RULES is not a list"))?;
    list.iter()
        .map(|row| {
            let status = text(&row, "status")?;
            Ok(Row {
                id: text(&row, "id")?,
                section: Reflect::get(&row, &JsValue::from_str("section"))?.as_f64().unwrap_or(0.0) as u8,
                status: Status::from_word(&status)
                    .ok_or_else(|| JsValue::from_str(&format!("unknown rule status {status}")))?,
                summary: text(&row, "summary")?,
                source: text(&row, "source")?,
            })
        })
        .collect()
}

/// The rows in `lang` if they were read before.
pub fn loaded(lang: Lang) -> Option<Rc<Vec<Row>>> {
    LOADED.with(|loaded| loaded.borrow_mut().slot(lang).clone())
}

/// Calls `done` with the rows in `lang`: at once when they were read before,
/// else once `rules-<lang>.js` has loaded (or with the cause it could not).
pub fn with_rows(lang: Lang, done: impl FnOnce(Rows) + 'static) {
    if let Some(rows) = loaded(lang) {
        return done(Ok(rows));
    }
    // Both callbacks share `done`; whichever runs takes it.
    let done = Rc::new(RefCell::new(Some(done)));
    let failed = done.clone();
    let on_loaded = Closure::once(move |rules: JsValue| {
        let rows = read(&rules).map(Rc::new);
        if let Ok(rows) = &rows {
            LOADED.with(|loaded| *loaded.borrow_mut().slot(lang) = Some(rows.clone()));
        }
        if let Some(done) = done.borrow_mut().take() {
            done(rows);
        }
    });
    let on_failed = Closure::once(move |cause: JsValue| {
        if let Some(done) = failed.borrow_mut().take() {
            done(Err(cause));
        }
    });
    let _ = rule_rows(lang.code()).then2(&on_loaded, &on_failed);
    // Each runs at most once, when the promise settles; JS owns them from here.
    on_loaded.forget();
    on_failed.forget();
}
