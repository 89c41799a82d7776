fn main() {
    #[cfg(target_arch = "wasm32")]
    afkortning::ui::start();
}
