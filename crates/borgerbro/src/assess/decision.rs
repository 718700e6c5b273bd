//! The decision basis: one printable PDF per project for those who decide (the elected or
//! the management). The consequences for citizens and the risks come first, then the
//! money, then the level with what it obliges, the involvement and the hearing's result.
//! Set with `typeset` on the paper letter's A4 page, as `post::paper` sets letters.

use typeset::{Layout, Run, BODY_SIZE};

use super::hearings::report::HearingReport;
use super::hearings::Hearing;
use super::model::{self, Obligation, RiskBand, SignOffRole};
use super::{Assessed, ProjectRow};
use crate::i18n::{decimal, format_date, kroner, long_date, percent, Lang};
use crate::post::paper::PAGE;

const TITLE_SIZE: f32 = 16.0;
const HEADING_SIZE: f32 = 13.0;

/// The business case in the decision basis: its version, the plain reading, P10, P50 and
/// P90, the chance of a loss, and the three lines that move it most.
fn money(doc: &mut Doc, case: &super::business::CaseVersion) {
    let lang = doc.lang;
    let outcome = &case.outcome;
    doc.line(&lang.t_args(
        "assess-decision-case-version",
        &[
            ("number", case.number.to_string()),
            ("what", case.what_changed.clone()),
        ],
    ));
    doc.field("case-likely", &kroner(lang, outcome.npv.likely));
    doc.field("case-p10", &kroner(lang, outcome.npv.p10));
    doc.field("case-p50", &kroner(lang, outcome.npv.p50));
    doc.field("case-p90", &kroner(lang, outcome.npv.p90));
    doc.field(
        "case-chance-of-loss",
        &percent(lang, outcome.probability_negative),
    );
    doc.line(&lang.t("assess-decision-case-largest"));
    for swing in outcome.sensitivity.iter().take(3) {
        doc.line(&lang.t_args(
            "assess-decision-case-swing",
            &[
                ("line", swing.title.clone()),
                ("low", kroner(lang, swing.low_npv)),
                ("high", kroner(lang, swing.high_npv)),
            ],
        ));
    }
}

/// What the decision basis is made from besides the project and its newest version.
pub(crate) struct Basis<'a> {
    pub project: &'a ProjectRow,
    pub latest: Option<&'a Assessed>,
    /// Whether people from the groups at risk took part in an involvement activity.
    pub involved: bool,
    /// Input from citizens: how much was followed, and how much not.
    pub input_followed: usize,
    pub input_not_followed: usize,
    pub hearings: &'a [Hearing],
    /// Each hearing's report, in the order of `hearings`: the answers shown after
    /// moderation with the project's responses. They follow the basis, each from a page
    /// of its own, so the decision makers read what was said.
    pub reports: Vec<HearingReport>,
    /// The newest version of the business case, when there is one.
    pub case: Option<&'a super::business::CaseVersion>,
    pub now_ms: i64,
}

struct Doc {
    layout: Layout,
    lang: Lang,
}

impl Doc {
    fn heading(&mut self, key: &str) {
        self.layout.space(typeset::mm(6.0));
        self.layout.room(typeset::line_height(HEADING_SIZE) * 3.0);
        let text = self.lang.t(key);
        self.layout
            .paragraph(PAGE.left, PAGE.right, HEADING_SIZE, &[Run::bold(&text)]);
        self.layout.space(typeset::mm(2.0));
    }

    fn line(&mut self, text: &str) {
        self.layout
            .paragraph(PAGE.left, PAGE.right, BODY_SIZE, &[Run::regular(text)]);
    }

    fn field(&mut self, key: &str, value: &str) {
        // "Who does it affect? All tenants", not "affect?: All tenants".
        let label = self.lang.t(key);
        let label = match label.ends_with('?') {
            true => format!("{label} "),
            false => format!("{label}: "),
        };
        self.layout.paragraph(
            PAGE.left,
            PAGE.right,
            BODY_SIZE,
            &[Run::bold(&label), Run::regular(value)],
        );
    }

    fn item(&mut self, text: &str) {
        self.layout
            .item(PAGE.left, BODY_SIZE, &[Run::regular(text)], "\u{2022}");
    }
}

fn band(lang: Lang, band: RiskBand) -> String {
    lang.t(band.label_key())
}

/// The decision basis in `lang`, as a PDF.
pub(crate) fn render(basis: &Basis<'_>, lang: Lang) -> Vec<u8> {
    let project = basis.project;
    let mut doc = Doc {
        layout: Layout::new(PAGE),
        lang,
    };
    doc.layout.paragraph(
        PAGE.left,
        PAGE.right,
        TITLE_SIZE,
        &[Run::bold(&lang.t("assess-decision-title"))],
    );
    doc.layout.paragraph(
        PAGE.left,
        PAGE.right,
        HEADING_SIZE,
        &[Run::bold(&project.title)],
    );
    doc.line(&lang.t_args(
        "assess-decision-made",
        &[("date", format_date(lang, basis.now_ms))],
    ));
    match basis.latest {
        Some(assessed) => doc.line(&format!(
            "{}. {}",
            lang.t(&assessed.score.level.label_key()),
            lang.t_args(
                "assess-rule-result",
                &[
                    ("reduced", decimal(lang, assessed.score.reduced)),
                    ("current", decimal(lang, assessed.score.current)),
                ],
            )
        )),
        None => doc.line(&lang.t("assess-not-assessed")),
    }

    // First what it means for citizens.
    doc.heading("assess-decision-citizens");
    doc.field("assess-field-affected", &project.affected);
    let groups: Vec<String> = project
        .groups_at_risk
        .iter()
        .map(|g| lang.t(&g.label_key()))
        .collect();
    let groups = match groups.is_empty() {
        true => lang.t("assess-groups-none"),
        false => groups.join(", "),
    };
    doc.field("assess-field-groups", &groups);
    doc.field("assess-field-changes", &project.changes);
    doc.field("assess-field-analog-way", &project.analog_way);
    doc.field("assess-field-purpose", &project.purpose);

    // Then the risks, the open ones first.
    doc.heading("assess-risks-heading");
    let risks = basis
        .latest
        .map(|a| a.version.document.risks.clone())
        .unwrap_or_default();
    if risks.is_empty() {
        doc.line(&lang.t("assess-risks-none"));
    }
    let mut ordered: Vec<&model::Risk> = risks.iter().collect();
    ordered.sort_by_key(|risk| std::cmp::Reverse(risk.residual_band()));
    for risk in ordered {
        doc.item(&lang.t_args(
            "assess-decision-risk",
            &[
                ("risk", risk.description.clone()),
                ("before", band(lang, risk.band())),
                ("after", band(lang, risk.residual_band())),
            ],
        ));
    }
    if model::prior_consultation_due(&risks) {
        doc.line(&lang.t("assess-prior-consultation"));
    }

    // Then the money: the business case's readings and the lines that move it most.
    doc.heading("assess-decision-money");
    match basis.case {
        None => doc.line(&lang.t("assess-decision-no-business-case")),
        Some(case) => money(&mut doc, case),
    }

    // The level, and what of its obligations is done.
    if let Some(assessed) = basis.latest {
        doc.heading("assess-obligations-heading");
        let signed = |role: SignOffRole| assessed.signoffs.iter().any(|s| s.role == role);
        for obligation in assessed.score.level.obligations() {
            let (key, done) = match obligation {
                Obligation::Publish => (
                    "assess-obligation-publish",
                    project.published_version == Some(assessed.version.number),
                ),
                Obligation::DataProtectionOfficerSignOff => (
                    "assess-obligation-dpo",
                    signed(SignOffRole::DataProtectionOfficer),
                ),
                Obligation::UserTestsWithGroupsAtRisk => {
                    ("assess-obligation-user-tests", basis.involved)
                }
                Obligation::Hearing => ("assess-obligation-hearing", !basis.hearings.is_empty()),
                Obligation::CitizensAdviserSignOff => (
                    "assess-obligation-adviser",
                    signed(SignOffRole::CitizensAdviser),
                ),
                Obligation::ManagementSignOff => (
                    "assess-obligation-management",
                    signed(SignOffRole::Management),
                ),
            };
            let state = lang.t(if done {
                "assess-done"
            } else {
                "assess-missing"
            });
            doc.item(&format!("{state}: {}", lang.t(key)));
        }
        for signoff in &assessed.signoffs {
            let role = lang.t(&signoff.role.label_key());
            let mut text = format!(
                "{role}: {}, {}",
                signoff.person_name,
                format_date(lang, signoff.signed_at)
            );
            if !signoff.comment.is_empty() {
                text.push_str(&format!(". {}", signoff.comment));
            }
            doc.item(&text);
        }
    }

    // What citizens said, and what became of it.
    doc.heading("assess-involvement-heading");
    doc.line(&lang.t(if basis.involved {
        "assess-involved-yes"
    } else {
        "assess-involved-no"
    }));
    doc.line(&lang.t_args(
        "assess-decision-input",
        &[
            ("followed", basis.input_followed.to_string()),
            ("not_followed", basis.input_not_followed.to_string()),
        ],
    ));
    doc.heading("assess-hearing-heading");
    if basis.hearings.is_empty() {
        doc.line(&lang.t("assess-hearing-none"));
    }
    for (hearing, report) in basis.hearings.iter().zip(&basis.reports) {
        let answers = report.answers();
        let key = match hearing.is_open(basis.now_ms) {
            true => "assess-decision-hearing-open",
            false => "assess-decision-hearing-closed",
        };
        doc.item(&lang.t_args(
            key,
            &[
                ("date", long_date(lang, hearing.deadline)),
                ("answers", answers.to_string()),
                ("id", hearing.id.clone()),
            ],
        ));
    }
    for report in &basis.reports {
        doc.layout.next_page();
        report.set(&mut doc.layout, lang);
    }
    typeset::write_pdf_in(&PAGE, doc.layout.finish(), Some(lang.code()))
}
