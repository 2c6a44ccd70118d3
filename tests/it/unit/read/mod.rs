mod grammar;
mod prose;
