fn main() -> std::process::ExitCode {
    spotter::cli::main()
}
#[global_allocator]
static GLOBAL: spotter::alloc::MiMalloc = spotter::alloc::MiMalloc;
