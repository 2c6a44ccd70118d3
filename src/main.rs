fn main() -> std::process::ExitCode {
    spotter::cli::main()
}
#[global_allocator]
static GLOBAL: spotter::cli::alloc::MiMalloc = spotter::cli::alloc::MiMalloc;
