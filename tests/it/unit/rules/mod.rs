mod steps;
mod weak_stop_warning;
