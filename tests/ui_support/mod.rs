//! The browser test harness the component test files share: mount the whole
//! App into a fresh `div`, act as a user does (real DOM events), read what is
//! on screen. Each test file adds its own `impl Mounted` helpers.

#![allow(dead_code)] // each test file uses a different part

use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement,
    InputEvent, InputEventInit, Storage,
};
use yew::AppHandle;

use afkortning::ui::App;

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

pub fn clear_storage() {
    storage().clear().unwrap();
}

/// Lets Yew render everything that is scheduled.
pub async fn settle() {
    for _ in 0..4 {
        yew::scheduler::flush().await;
    }
}

/// Waits `ms` milliseconds of real time (timers and promises run meanwhile),
/// then renders.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    settle().await;
}

pub fn bubbling(kind: &str) -> Event {
    let init = EventInit::new();
    init.set_bubbles(true);
    Event::new_with_event_init_dict(kind, &init).unwrap()
}

pub struct Mounted {
    pub root: Element,
    handle: Option<AppHandle<App>>,
}

impl Mounted {
    pub async fn new() -> Mounted {
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        let mounted = Mounted {
            root,
            handle: Some(handle),
        };
        settle().await;
        // The first render draws the answer alone; the rest follows after
        // the browser's first paint (a frame, then a timeout).
        for _ in 0..200 {
            if mounted
                .root
                .query_selector("[data-drawn=all]")
                .ok()
                .flatten()
                .is_some()
            {
                break;
            }
            sleep(5).await;
        }
        mounted
    }

    /// Unmounts the app and removes its element (a page reload, as far as
    /// the app can tell).
    pub async fn unmount(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        settle().await;
        self.root.remove();
    }

    pub fn get(&self, testid: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
    }

    pub fn el(&self, testid: &str) -> Element {
        self.get(testid)
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
    }

    pub fn text(&self, testid: &str) -> String {
        self.el(testid).text_content().unwrap_or_default()
    }

    pub fn figure(&self) -> String {
        self.text("headline-figure")
    }

    pub fn verdict(&self) -> String {
        self.text("headline-verdict")
    }

    /// The text in a numeric field.
    pub fn value(&self, path: &str) -> String {
        self.el(&format!("field-{path}"))
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value()
    }

    /// Sets a text box or a slider and fires a bubbling `input` event, as
    /// typing does.
    pub async fn input(&self, testid: &str, text: &str) {
        let input: HtmlInputElement = self.el(testid).dyn_into().unwrap();
        input.focus().unwrap();
        input.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        settle().await;
    }

    /// Types into the numeric field with this path.
    pub async fn type_into(&self, path: &str, text: &str) {
        self.input(&format!("field-{path}"), text).await;
    }

    /// Sets a box and fires `change` (leaving it).
    pub async fn change(&self, testid: &str, text: &str) {
        let input: HtmlInputElement = self.el(testid).dyn_into().unwrap();
        input.set_value(text);
        input.dispatch_event(&bubbling("change")).unwrap();
        settle().await;
    }

    pub async fn choose(&self, testid: &str, value: &str) {
        let select: HtmlSelectElement = self.el(testid).dyn_into().unwrap();
        select.set_value(value);
        assert_eq!(select.value(), value, "{testid} has no option {value}");
        select.dispatch_event(&bubbling("change")).unwrap();
        settle().await;
    }

    pub async fn click(&self, testid: &str) {
        self.el(testid).dyn_into::<HtmlElement>().unwrap().click();
        settle().await;
    }

    /// The test ids that start with `prefix`, in page order.
    pub fn testids(&self, prefix: &str) -> Vec<String> {
        let nodes = self
            .root
            .query_selector_all(&format!("[data-testid^=\"{prefix}\"]"))
            .unwrap();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute("data-testid"))
            .collect()
    }
}
