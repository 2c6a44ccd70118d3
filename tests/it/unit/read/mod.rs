mod grammar;
mod partner;
mod prose;
