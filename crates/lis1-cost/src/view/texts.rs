//! The cost view's texts (nb, nn, en): the total, the breakdown's lines,
//! payers and budget years.

lis1_core::texts! {
    COST_TOTAL "ui.cost.total" Some("C-20"), "Samlet kostnad: {amount}.", "Samla kostnad: {amount}.", "Total cost: {amount}.";
    COST_TOTAL_IN_YEAR "ui.cost.total-in-year" Some("C-20"), "Samlet kostnad: {amount}, i {year}-kroner.", "Samla kostnad: {amount}, i {year}-kroner.", "Total cost: {amount}, in {year} kroner.";
    COST_TOTAL_NOMINAL "ui.cost.total-nominal" Some("C-20"), "Samlet kostnad: {amount}. Beløpene er ikke prisjustert: satsene er fra {years}.", "Samla kostnad: {amount}. Beløpa er ikkje prisjusterte: satsane er frå {years}.", "Total cost: {amount}. The amounts are not adjusted for prices: the rates are from {years}.";
    COST_PER_POSITION "ui.cost.per-position" Some("C-20"), "Per stilling", "Per stilling", "Per position";
    COST_COMPONENT "ui.cost.component" None, "Post", "Post", "Item";
    COST_SALARY "ui.cost.salary" Some("C-4"), "Lønn", "Løn", "Salary";
    COST_HOLIDAY_PAY "ui.cost.holiday-pay" Some("C-6"), "Feriepenger", "Feriepengar", "Holiday pay";
    COST_PENSION "ui.cost.pension" Some("C-8"), "Pensjon", "Pensjon", "Pension";
    COST_EMPLOYER_TAX "ui.cost.employer-tax" Some("C-7"), "Arbeidsgiveravgift", "Arbeidsgivaravgift", "Employer's national insurance";
    COST_REMAINDER "ui.cost.remainder" Some("C-1"), "Øvrige sykehuskostnader", "Andre sjukehuskostnader", "Other hospital costs";
    COST_SUPERVISION "ui.cost.supervision" Some("C-10"), "Veiledning", "Rettleiing", "Supervision";
    COST_OVERHEAD "ui.cost.overhead" Some("C-9"), "Kontor og støtte", "Kontor og støtte", "Office and support";
    COST_GRANTS "ui.cost.grants" Some("C-3"), "Herav statlig tilskudd", "Av dette statleg tilskot", "Of which state grant";
    COST_SUM "ui.cost.sum" None, "Sum", "Sum", "Total";
    COST_BY_PAYER "ui.cost.by-payer" Some("C-20"), "Per betaler", "Per betalar", "By payer";
    PAYER "ui.cost.payer" None, "Betaler", "Betalar", "Payer";
    AMOUNT "ui.cost.amount" None, "Beløp (kr)", "Beløp (kr)", "Amount (NOK)";
    PAYER_HF "ui.cost.payer.helseforetak" None, "Helseforetak", "Helseføretak", "Health trust";
    PAYER_KOMMUNE "ui.cost.payer.kommune" None, "Kommune", "Kommune", "Municipality";
    PAYER_STATE "ui.cost.payer.state" None, "Staten", "Staten", "State";
    COST_BY_YEAR "ui.cost.by-year" Some("C-21"), "Per budsjettår", "Per budsjettår", "By budget year";
    YEAR "ui.cost.year" None, "År", "År", "Year";
    POSITION_MONTHS "ui.cost.position-months" Some("C-21"), "Stillingsmåneder", "Stillingsmånader", "Position months";
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_view_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
