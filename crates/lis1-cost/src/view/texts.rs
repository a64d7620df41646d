//! The cost view's texts (nb, nn, en): the total, the breakdown's lines,
//! payers and budget years, the rates used (their units and which line of
//! the breakdown each one enters).

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
    CALENDAR_MONTHS "ui.cost.calendar-months" Some("S-4"), "Kalendermåneder", "Kalendermånader", "Calendar months";
    PAYERS_BY_YEAR "ui.cost.payers-by-year" Some("C-21"), "Betalerne år for år", "Betalarane år for år", "Payers year by year";
    RATES_USED "ui.cost.rates-used" Some("C-20"), "Satsene som er brukt", "Satsane som er brukte", "Rates used";
    RATE "ui.cost.rate" None, "Sats", "Sats", "Rate";
    VALUE "ui.cost.value" None, "Verdi", "Verdi", "Value";
    UNIT "ui.cost.unit" None, "Enhet", "Eining", "Unit";
    PRICE_YEAR "ui.cost.price-year" None, "Prisår", "Prisår", "Price year";
    SOURCE "ui.cost.source" None, "Kilde", "Kjelde", "Source";
    SOURCE_OWN "ui.cost.source-own" None, "lis1kits eget anslag (se forutsetningene)", "lis1kit sitt eige overslag (sjå føresetnadene)", "lis1kit's own estimate (see the assumptions)";
    USED_FOR "ui.cost.used-for" None, "Brukes til", "Blir brukt til", "Used for";
    ADJUSTED "ui.cost.adjusted" Some("C-20"), "I {year}-kroner", "I {year}-kroner", "In {year} kroner";
    OWN_VALUE "ui.cost.own-value" None, "{value} (egen verdi)", "{value} (eigen verdi)", "{value} (own value)";
    UNIT_NOK "ui.cost.unit.nok" None, "kr", "kr", "NOK";
    UNIT_NOK_PER_YEAR "ui.cost.unit.nok-per-year" None, "kr per år", "kr per år", "NOK per year";
    UNIT_NOK_PER_HALF_YEAR "ui.cost.unit.nok-per-half-year" None, "kr per halvår", "kr per halvår", "NOK per half-year";
    UNIT_NOK_PER_MONTH "ui.cost.unit.nok-per-month" None, "kr per måned", "kr per månad", "NOK per month";
    UNIT_PERCENT "ui.cost.unit.percent" None, "prosent", "prosent", "percent";
    UNIT_HOURS_PER_WEEK "ui.cost.unit.hours-per-week" None, "timer per uke", "timar per veke", "hours per week";
    UNIT_NUMBER "ui.cost.unit.number" None, "antall", "tal", "number";
    USE_TWELFTH "ui.cost.use.twelfth" None, "{line}: sats / 12 × kalendermåneder", "{line}: sats / 12 × kalendermånader", "{line}: rate / 12 × calendar months";
    USE_TWELFTH_SHARE "ui.cost.use.twelfth-share" Some("S-4"), "{line}: sats / 12 × stillingsandel × kalendermåneder", "{line}: sats / 12 × stillingsdel × kalendermånader", "{line}: rate / 12 × position share × calendar months";
    USE_SHARE "ui.cost.use.share" Some("S-4"), "{line}: sats × stillingsandel × kalendermåneder", "{line}: sats × stillingsdel × kalendermånader", "{line}: rate × position share × calendar months";
    USE_PERCENT "ui.cost.use.percent" None, "{line}: sats % av {base}", "{line}: sats % av {base}", "{line}: rate % of {base}";
    USE_GRANT "ui.cost.use.grant" Some("C-3"), "{line}: sats × tellende måneder / 6", "{line}: sats × teljande månader / 6", "{line}: rate × counted months / 6";
    USE_PRICE_INDEX_JUMP "ui.cost.use.price-index-jump" Some("C-20"), "Kontroll av prisindeksen", "Kontroll av prisindeksen", "Check of the price index";
    ASSUMPTIONS "ui.cost.assumptions" None, "Forutsetninger", "Føresetnader", "Assumptions";
    WARNINGS "ui.cost.warnings" None, "Advarsler", "Åtvaringar", "Warnings";
    OWN_VALUE_HEAD "ui.cost.own-value-head" None, "Egen verdi", "Eigen verdi", "Own value";
    YES "ui.cost.yes" None, "ja", "ja", "yes";
    FILE_NAME "cost.file-name" None, "lis1-kostnader", "lis1-kostnader", "lis1-costs";
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_view_text_has_nb_nn_and_en_with_the_same_placeholders() {
        assert_eq!(lis1_core::message::check_catalogue(super::ALL), Vec::<String>::new());
    }
}
