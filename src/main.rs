//! The `naskh` binary: a thin wrapper over [`naskh::cli::run`].

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(naskh::cli::run(std::env::args_os()))
}
