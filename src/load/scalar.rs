//! How a string is written as a YAML scalar, for help and fixes that
//! suggest a value to type.

/// `value` as a YAML quoted scalar: double quotes unless it holds one (or a
/// backslash, an escape there), else single quotes with `'` doubled.
pub fn quote(value: &str) -> String {
    if value.contains(['"', '\\']) {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    }
}

/// `value` as a YAML scalar: plain when it reads back as the same text,
/// quoted otherwise.
pub fn plain_or_quoted(value: &str) -> String {
    let plain = value.chars().next().is_some_and(char::is_alphanumeric)
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || " -.–".contains(c))
        && !value.ends_with(' ')
        && value.parse::<f64>().is_err()
        && !matches!(
            value.to_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        value.to_string()
    } else {
        quote(value)
    }
}
