//! Acceptance on the five seed plans (`../shared/seeds`): task counts, units, deadlines and
//! meta exactly as the foundation issue states them. Skips on a clone without `../shared`.

mod common;

use chrono::NaiveDate;
use common::*;
use planlint::plan::model::{
    DeadlineSource, DeadlineValue, Layout, Precision, PublicationSource, RelativeUnit, UnitKind,
    UnitRole,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn by(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    Some(date(y, m, d))
}

#[test]
fn seed_000_cover_notice_and_tab_table() {
    let Some(path) = seed("000") else { return };
    let plan = parse(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(plan.layout, Layout::Table);
    assert_eq!(plan.dialects, ["tab-rows"]);
    assert_eq!(plan.tasks.len(), 32);
    let m = &plan.meta;
    assert_eq!(
        m.doc_number.as_ref().unwrap().value,
        "汕市区府办函（2019）134号"
    );
    assert_eq!(
        spanned(&text, &m.doc_number.as_ref().unwrap().span),
        "汕市区府办函（2019）134号"
    );
    assert_eq!(m.signing_date.as_ref().unwrap().value, date(2019, 9, 23));
    assert_eq!(m.issuer.as_ref().unwrap().value, "汕尾市城区人民政府办公室");
    assert_eq!(m.year.as_ref().unwrap().value, 2019);
    assert_eq!(
        m.plan_title.as_ref().unwrap().value,
        "汕尾市城区2019年政务公开工作要点分工方案"
    );
    let addressees: Vec<_> = m.addressees.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(
        addressees,
        ["各镇人民政府", "街道办事处", "区政府各部门", "各直属机构"]
    );
    assert!(m.draft.is_none());

    // the notice's 报送 deadline, resolved against the plan year
    let notice = plan.notice.as_ref().expect("cover notice");
    assert_eq!(notice.deadlines.len(), 1);
    let d = &notice.deadlines[0];
    assert_eq!(d.raw, "12 月 20 日前");
    assert_eq!(spanned(&text, &d.span), "12 月 20 日前");
    assert_eq!(
        d.value,
        DeadlineValue::By {
            date: by(2019, 12, 20),
            precision: Precision::Day
        }
    );
    assert_eq!(d.span.line, 15);

    let task = plan
        .tasks
        .iter()
        .find(|t| t.text.value.starts_with("围绕稳妥处理地方政府债务风险"))
        .expect("the 债务风险 row");
    assert_eq!(names(task, UnitRole::Lead), ["区财政局"]);
    assert_eq!(
        names(task, UnitRole::Responsible),
        ["区金融工作局", "区金融服务中心", "各镇（街道）"]
    );
    assert_eq!(kind(task, "各镇（街道）"), UnitKind::Collective);
    let unit = task
        .units
        .iter()
        .find(|u| u.name == "区金融服务中心")
        .unwrap();
    assert_eq!(spanned(&text, &unit.span), "区金融服务中心");
    assert_eq!(
        plan.sections[task.section.unwrap()].title,
        "加强三大攻坚战信息公开"
    );

    // 二、（二） printed again after a page break, half-width, is one section
    let repeats: Vec<_> = plan
        .sections
        .iter()
        .filter(|s| s.title == "推进重要部署执行公开")
        .collect();
    assert_eq!(repeats.len(), 1);
    assert_eq!(
        plan.tasks
            .iter()
            .filter(|t| t.section == Some(repeats[0].index))
            .count(),
        3
    );
    // no row states a deadline
    assert!(plan.tasks.iter().all(|t| t.deadlines.is_empty()));
}

#[test]
fn seed_001_web_page_paragraphs() {
    let Some(path) = seed("001") else { return };
    let plan = parse(&path);
    assert_eq!(plan.layout, Layout::Paragraphs);
    assert_eq!(plan.tasks.len(), 19);
    let numbers: Vec<u32> = plan
        .tasks
        .iter()
        .map(|t| t.number.as_ref().unwrap().value)
        .collect();
    assert_eq!(numbers, (1..=19).collect::<Vec<_>>());
    let m = &plan.meta;
    let published = m.published.as_ref().expect("稿源 date");
    assert_eq!(published.date.value, date(2024, 7, 26));
    assert_eq!(published.source, PublicationSource::SourceLine);
    assert_eq!(m.year.as_ref().unwrap().value, 2024);
    assert_eq!(
        m.title.as_ref().unwrap().value,
        "浑南区2024年政务公开工作要点"
    );
    assert!(
        m.signing_date.is_none(),
        "the scrape stamp 2021/8/16 is chrome, not a date of the plan"
    );

    let t2 = &plan.tasks[1];
    assert_eq!(
        names(t2, UnitRole::Lead),
        ["区政府办公室", "区营商局", "区发展改革局", "区市场监管局"]
    );
    assert_eq!(names(t2, UnitRole::Responsible), ["区政府有关部门"]);
    assert_eq!(kind(t2, "区政府有关部门"), UnitKind::Vague);
    assert_eq!(
        t2.title.as_ref().unwrap().value,
        "聚焦打造一流营商环境加大公开力度"
    );
    // half-width comma inside a labelled list still separates units
    assert_eq!(
        names(&plan.tasks[14], UnitRole::Responsible),
        ["区政府各部门", "各街道办事处"]
    );
    // no task states a deadline; the footer is not a task
    assert!(plan.tasks.iter().all(|t| t.deadlines.is_empty()));
    assert!(plan.tasks[18]
        .text
        .value
        .ends_with("形成网上检查、实地督查、年度考核的约束机制。"));
}

#[test]
fn seed_002_cell_per_line_table() {
    let Some(path) = seed("002") else { return };
    let plan = parse(&path);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(plan.layout, Layout::Table);
    assert_eq!(plan.dialects, ["cell-per-line"]);
    // 26 numbered items (序号 3 twice) plus the second rows of items 1 and 13
    let own: Vec<u32> = plan
        .tasks
        .iter()
        .filter_map(|t| t.number.as_ref().filter(|n| !n.inherited).map(|n| n.value))
        .collect();
    assert_eq!(own.len(), 26);
    let mut expected: Vec<u32> = (1..=25).collect();
    expected.insert(3, 3);
    assert_eq!(own, expected);
    let continuations: Vec<u32> = plan
        .tasks
        .iter()
        .filter_map(|t| t.number.as_ref().filter(|n| n.inherited).map(|n| n.value))
        .collect();
    assert_eq!(continuations, [1, 13]);
    assert_eq!(plan.tasks.len(), 28);
    assert_eq!(plan.meta.draft.as_ref().unwrap().value, "征求意见稿");
    assert_eq!(
        spanned(&text, &plan.meta.draft.as_ref().unwrap().span),
        "征求意见稿"
    );
    assert_eq!(plan.meta.year.as_ref().unwrap().value, 2018);

    // item 1: 3 working days in its requirement text; its second row keeps its own units
    let item1 = numbered(&plan, 1)[0];
    assert!(item1.deadlines.iter().any(|d| d.value
        == DeadlineValue::Within {
            amount: 3,
            unit: RelativeUnit::WorkingDays
        }));
    let row2 = &plan.tasks[1];
    assert!(row2.number.as_ref().unwrap().inherited);
    assert_eq!(names(row2, UnitRole::Responsible), ["区政府各部门"]);
    assert!(
        row2.deadlines
            .iter()
            .any(|d| d.inherited && d.raw == "全年"),
        "merged 时限 cell filled down"
    );

    // item 21: 9月底前 from its 时限 cell, and the dates in its text
    let item21 = numbered(&plan, 21)[0];
    let cell = item21.primary_deadline().unwrap();
    assert_eq!(
        cell.source,
        DeadlineSource::Field {
            column: "时限".into()
        }
    );
    assert_eq!(
        cell.value,
        DeadlineValue::By {
            date: by(2018, 9, 30),
            precision: Precision::Month
        }
    );
    let in_text: Vec<_> = item21
        .deadlines
        .iter()
        .filter(|d| matches!(d.source, DeadlineSource::Text { .. }))
        .map(|d| d.raw.as_str())
        .collect();
    assert_eq!(in_text, ["8月底前", "9月底前", "7月底前", "8月底前"]);

    // item 24: 2018年12月31日前 in its requirement text
    let item24 = numbered(&plan, 24)[0];
    assert!(item24.deadlines.iter().any(|d| d.value
        == DeadlineValue::By {
            date: by(2018, 12, 31),
            precision: Precision::Day
        }));

    // units renamed in 2018 are read as units; 区发改委区商务局 is two
    let item4 = numbered(&plan, 4)[0];
    assert_eq!(names(item4, UnitRole::Lead), ["区发改委", "区商务局"]);
    let item13b = &plan.tasks[15];
    assert!(names(item13b, UnitRole::Responsible).contains(&"区食药监局".to_owned()));
    // 一、（一） repeated at each page break is one section
    assert_eq!(
        plan.sections
            .iter()
            .filter(|s| s.title == "围绕建设法治政府全面推进政务公开")
            .count(),
        1
    );
    // the last row has no 小节 cell: its cells still land in their columns
    let item25 = numbered(&plan, 25)[0];
    assert_eq!(names(item25, UnitRole::Lead), ["区政务公开办"]);
    assert_eq!(plan.sections[item25.section.unwrap()].title, "加强监督保障");
}

#[test]
fn seed_003_plain_paragraphs() {
    let Some(path) = seed("003") else { return };
    let plan = parse(&path);
    assert_eq!(plan.layout, Layout::Paragraphs);
    assert_eq!(plan.tasks.len(), 17);
    assert_eq!(names(&plan.tasks[0], UnitRole::Lead), ["管委会办公室"]);
    assert!(
        plan.meta.signing_date.is_none(),
        "no 成文日期: absent, not guessed"
    );
    assert!(plan.meta.issuer.is_none());
    assert_eq!(
        plan.meta.title.as_ref().unwrap().value,
        "吉林白城工业园区2021年政务公开重点工作任务分工方案"
    );
    assert_eq!(plan.meta.year.as_ref().unwrap().value, 2021);
    // the 保障措施 paragraphs are sections, not merged into task 17
    let last = &plan.tasks[16];
    assert!(
        last.text.value.ends_with("切实减轻基层负担。"),
        "{}",
        last.text.value
    );
    assert!(!last.text.value.contains("加强组织领导"));
    let t4 = &plan.tasks[3];
    assert_eq!(
        names(t4, UnitRole::Responsible),
        ["相关各部门", "城南办事处"]
    );
    assert_eq!(kind(t4, "相关各部门"), UnitKind::Vague);
    assert!(plan.tasks.iter().all(|t| t.deadlines.is_empty()));
}

#[test]
fn seed_004_multi_task_cells() {
    let Some(path) = seed("004") else { return };
    let plan = parse(&path);
    assert_eq!(plan.tasks.len(), 51);
    let numbers: Vec<u32> = plan
        .tasks
        .iter()
        .map(|t| t.number.as_ref().unwrap().value)
        .collect();
    assert_eq!(numbers, (1..=51).collect::<Vec<_>>());
    let m = &plan.meta;
    assert_eq!(m.doc_number.as_ref().unwrap().value, "珠高办〔2021〕50号");
    assert_eq!(m.signing_date.as_ref().unwrap().value, date(2021, 7, 26));
    assert_eq!(
        m.published.as_ref().unwrap().source,
        PublicationSource::Printed
    );

    let t26 = &plan.tasks[25];
    assert_eq!(
        names(t26, UnitRole::Responsible),
        ["区党政办（文秘科、宣传科）", "区综治局"]
    );
    assert_eq!(
        t26.primary_deadline().unwrap().value,
        DeadlineValue::By {
            date: by(2021, 12, 31),
            precision: Precision::Year
        }
    );
    // tasks 3-5 share one unit cell
    for t in &plan.tasks[2..5] {
        assert_eq!(
            names(t, UnitRole::Lead),
            ["区发改财政局", "区商务局", "区市场监管局"]
        );
    }
    let t1 = &plan.tasks[0];
    assert_eq!(names(t1, UnitRole::Lead), ["区党政办（文秘科、宣传科）"]);
    assert_eq!(kind(t1, "各单位"), UnitKind::Vague);
    // task 38 slid one cell left in the export: put back
    let t38 = &plan.tasks[37];
    assert!(t38.text.value.starts_with("按照国家和省、市的有关规定"));
    assert!(t38.units.iter().all(|u| !u.inherited && u.name == "各单位"));
    // (六) and (十二) printed twice are one section each
    assert_eq!(
        plan.sections
            .iter()
            .filter(|s| s.title == "不断改进政策解读工作方式")
            .count(),
        1
    );
    assert_eq!(
        plan.sections
            .iter()
            .filter(|s| s.title == "加强政务公开工作指导监督")
            .count(),
        1
    );
    // the preamble in the first row is not a task
    assert!(plan
        .tasks
        .iter()
        .all(|t| !t.text.value.contains("以优异成绩庆祝")));
    assert_eq!(
        plan.tasks[39].primary_deadline().unwrap().raw,
        "每年至少听取1次"
    );
}

#[test]
fn gbk_copy_of_each_seed_parses_to_the_same_tasks() {
    if seeds_dir().is_none() {
        return;
    }
    let parser = planlint::plan::Parser::bundled().unwrap();
    for prefix in ["000", "001", "002", "003", "004"] {
        let path = seed(prefix).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
        assert!(!unmappable, "{prefix} has characters GBK cannot hold");
        let utf8 = parser.parse(&planlint::ingest::decode(&path, text.as_bytes()).unwrap());
        let source = planlint::ingest::decode(&path, &gbk).unwrap();
        assert_eq!(source.encoding, planlint::ingest::TextEncoding::Gb18030);
        let from_gbk = parser.parse(&source);
        let digest = |p: &planlint::plan::model::Plan| {
            p.tasks
                .iter()
                .map(|t| {
                    (
                        t.number.as_ref().map(|n| n.value),
                        t.text.value.clone(),
                        t.units.iter().map(|u| u.name.clone()).collect::<Vec<_>>(),
                        t.deadlines
                            .iter()
                            .map(|d| d.value.clone())
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(digest(&utf8), digest(&from_gbk), "{prefix}");
    }
}
