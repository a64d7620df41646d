//! The CSVs in `data/` are copies of the project's source data in
//! `shared/data/` (see data/README.md). When that folder is beside the
//! clone (as in development), each copy must equal its source byte for
//! byte, so a correction upstream cannot be silently missed here. On a
//! clone without it (possibly CI) this test checks nothing.

use std::path::Path;

const FILES: &[&str] =
    &["kommuner_2024.csv", "fylker_2024.csv", "aga_soner_per_kommune_2024.csv", "aga_soner_delomrader_2024.csv"];

#[test]
fn data_copies_equal_shared_data() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let upstream = crate_dir.join("../../../shared/data");
    if !upstream.is_dir() {
        eprintln!("skipped: {} is not beside this clone", upstream.display());
        return;
    }
    for file in FILES {
        let ours = std::fs::read(crate_dir.join("data").join(file)).unwrap();
        let theirs = std::fs::read(upstream.join(file)).unwrap();
        assert!(ours == theirs, "data/{file} differs from shared/data/{file}: copy it again and rebuild");
    }
}
