//! Texts every calculation's view shares (nb, nn, en): the parts and the
//! chart title. Each calculation crate keeps its own view texts beside its
//! view (`<crate>::view::texts`).

crate::texts! {
    PART "ui.result.part" Some("S-1"), "Del", "Del", "Part";
    PART_HOSPITAL "ui.result.part.hospital" Some("S-1"), "Sykehusdelen", "Sjukehusdelen", "Hospital part";
    PART_MUNICIPAL "ui.result.part.municipal" Some("S-1"), "Kommunedelen", "Kommunedelen", "Municipal part";
    CHART_TITLE "ui.chart.title" None, "Diagram: {what}", "Diagram: {what}", "Chart: {what}";
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_view_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(crate::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
