fn main() -> std::process::ExitCode {
    spotter::cli::main()
}
