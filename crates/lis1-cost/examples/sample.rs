//! Prints the estimate for one full-time LIS1 in Bodø from 2024-09-01.
fn main() {
    let input: lis1_cost::CostInput = match serde_json::from_str(
        r#"{"positions":[{"count":1,"start":"2024-09-01","kommune":"1804"}],"lang":"en"}"#,
    ) {
        Ok(i) => i,
        Err(e) => return eprintln!("{e}"),
    };
    match lis1_cost::estimate_cost(&input) {
        Ok(r) => println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default()),
        Err(e) => eprintln!("{e}"),
    }
}
