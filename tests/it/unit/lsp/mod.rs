mod convert;
mod transport;
