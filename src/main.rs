fn main() -> std::process::ExitCode {
    spotter::cli::main()
}
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
