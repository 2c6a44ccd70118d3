mod grammar;
mod partner;
