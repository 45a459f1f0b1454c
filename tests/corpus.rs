//! The development corpus (`../shared/corpus`): 14 real government documents — 10 plans, 4
//! that are not plans — with hand counts in `counts.tsv` and sample values in `README.md`.
//! Every plan parses to its count of tasks, the README's sample tasks carry its units and
//! deadlines, and every not-plan is classified `not-plan` and gets no error-level finding.
//!
//! Where our reading of a sample differs from the README's literal text the row says why:
//! the README prints what stands on the task; the reader also applies what the document
//! states once for all tasks (`以下均需各片区配合落实，不再列出`) or in its prose.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use planlint::plan::model::{Plan, Task, UnitRole};

/// One sample row: which task, and the units and deadlines it must carry.
struct Sample {
    /// File name prefix (`01`).
    file: &'static str,
    /// The task's index in the plan (1-based).
    task: usize,
    /// The start of the task's text after its number, to know the right task was taken.
    text: &'static str,
    lead: &'static [&'static str],
    /// Responsible and cooperating units.
    others: &'static [&'static str],
    /// The deadlines as printed, in order.
    deadlines: &'static [&'static str],
}

const SAMPLES: &[Sample] = &[
    Sample {
        file: "01",
        task: 1,
        text: "落实环境信息调查",
        lead: &["区资源生态局"],
        others: &["各片区"],
        deadlines: &["2023年底前"],
    },
    // README lists the task's own units; 各片区 comes from task 1's document-wide rule
    // (以下均需各片区配合落实，不再列出)
    Sample {
        file: "01",
        task: 3,
        text: "实施风险筛查评估",
        lead: &["区资源生态局"],
        others: &[
            "区经发局",
            "区农业农村局",
            "区社会事业局",
            "区市场监管局",
            "平潭海关",
            "各片区",
        ],
        deadlines: &[],
    },
    Sample {
        file: "01",
        task: 5,
        text: "严格实施禁限措施",
        lead: &[],
        others: &[
            "区经发局",
            "区资源生态局",
            "区农业农村局",
            "区市场监管局",
            "平潭海关",
            "各片区",
        ],
        deadlines: &[],
    },
    Sample {
        file: "02",
        task: 1,
        text: "加大侵权假冒行为惩戒力度",
        lead: &[],
        others: &["区市场监管局", "区法院", "平潭海关"],
        deadlines: &[],
    },
    Sample {
        file: "02",
        task: 7,
        text: "建立知识产权多元纠纷解决机制",
        lead: &[],
        others: &[
            "区市场监管局",
            "区法院",
            "区管委会办公室",
            "两岸仲裁中心",
            "平潭海关",
        ],
        deadlines: &[],
    },
    Sample {
        file: "02",
        task: 15,
        text: "推动区域商标品牌发展",
        lead: &[],
        others: &["区市场监管局", "农业农村局", "旅游文体局", "各片区管理局"],
        deadlines: &[],
    },
    Sample {
        file: "03",
        task: 1,
        text: "",
        lead: &["区环土局"],
        others: &["区农发局"],
        deadlines: &["2016年6月底前"],
    },
    // no 牵头 word: the first of "区农发局，区规划局配合" leads
    Sample {
        file: "03",
        task: 8,
        text: "",
        lead: &["区农发局"],
        others: &["区规划局"],
        deadlines: &["2016年12月底前"],
    },
    Sample {
        file: "03",
        task: 12,
        text: "",
        lead: &[],
        others: &["区卫计局"],
        deadlines: &["2016年底前"],
    },
    // the deadline field's sentence holds the date the reader takes as the time limit
    Sample {
        file: "04",
        task: 1,
        text: "支持平潭口岸对外开放建设",
        lead: &["区经发局", "区口岸办"],
        others: &["平潭海关", "区交通集团"],
        deadlines: &["2019年8月"],
    },
    Sample {
        file: "04",
        task: 10,
        text: "支持平潭创新台车入闽管理模式",
        lead: &["区办公室（政策法规处）", "区口岸办"],
        others: &[
            "区台湾工作部",
            "旅发委",
            "经发局",
            "交建局",
            "区公安局",
            "平潭海关",
            "平潭边检站",
            "平潭海事局",
            "区交通集团",
        ],
        deadlines: &["2019年底前", "2020年4月前"],
    },
    Sample {
        file: "04",
        task: 12,
        text: "支持平潭口岸对台贸易实施便捷通关管理的政策",
        lead: &["平潭海关"],
        others: &["区经发局", "口岸办"],
        deadlines: &["常态化实施"],
    },
    Sample {
        file: "05",
        task: 1,
        text: "全面公开省级政府工作部门权力清单和责任清单",
        lead: &["省编办（省审改办）"],
        others: &["省直各部门", "各设区市", "平潭综合实验区"],
        deadlines: &[],
    },
    Sample {
        file: "05",
        task: 6,
        text: "推进企业信用信息公示系统建设",
        lead: &["省工商局"],
        others: &["省直各相关部门", "各设区市", "平潭综合实验区"],
        deadlines: &[],
    },
    // two leads glued together (省财政厅省发改委) are two units
    Sample {
        file: "05",
        task: 14,
        text: "推动政府和社会资本合作（PPP）项目的信息公开",
        lead: &["省财政厅", "省发改委"],
        others: &["省直各相关部门", "各设区市", "平潭综合实验区"],
        deadlines: &[],
    },
    // 负责部门 is the table's one unit column: responsible, with no lead named
    Sample {
        file: "06",
        task: 1,
        text: "推动制定与知识产权强国建设配套的专利政策",
        lead: &[],
        others: &["知识产权处"],
        deadlines: &["第二季度", "第三季度", "第四季度"],
    },
    // README: three units glued in one cell (知识产权处稽查支队各分局). Not split: 各 after a
    // unit's name usually opens its subunits (国务院各部门, 市级各部门), and neither
    // 知识产权处稽查支队 nor 稽查支队 stands alone in the table to tell where one name ends
    Sample {
        file: "06",
        task: 6,
        text: "深化知识产权管理体制机制改革",
        lead: &[],
        others: &["知识产权处稽查支队各分局"],
        deadlines: &["第二季度"],
    },
    Sample {
        file: "06",
        task: 12,
        text: "加强专利信息开放利用",
        lead: &[],
        others: &["知识产权处"],
        deadlines: &["第一季度", "第二季度", "第三季度"],
    },
    // one task per 一是/二是 sub-item, three deadlines each (one per media outlet)
    Sample {
        file: "07",
        task: 1,
        text: "基础设施建设专题",
        lead: &[],
        others: &["区交建局"],
        deadlines: &["8月15日", "8月8日至8月12日", "8月10日"],
    },
    Sample {
        file: "07",
        task: 9,
        text: "二是通关制度创新",
        lead: &[],
        others: &["区口岸办", "平潭海关", "平潭检验检疫局"],
        deadlines: &["8月23日", "8月17日至8月19日", "8月10日"],
    },
    Sample {
        file: "07",
        task: 22,
        text: "完善基础设施专题",
        lead: &[],
        others: &["区交建局", "区经发局", "区重点办"],
        deadlines: &["9月21日", "9月5日至9月12日", "9月10日"],
    },
    Sample {
        file: "08",
        task: 1,
        text: "建设美丽乡村",
        lead: &[],
        others: &[
            "区规划局",
            "所在乡镇人民政府",
            "区直有关责任部门",
            "区交通与建设局",
        ],
        deadlines: &[],
    },
    Sample {
        file: "08",
        task: 6,
        text: "供水管网",
        lead: &[],
        others: &[
            "县自来水公司",
            "各片区开发管理局（或业主单位）",
            "区直部门",
            "区交通与建设局",
        ],
        deadlines: &[],
    },
    Sample {
        file: "08",
        task: 12,
        text: "加快小流域治理项目",
        lead: &[],
        others: &["区交通投资有限公司", "区直有关单位"],
        deadlines: &[],
    },
    // prose: the section also has 领导小组办公室配合区财金局严把资金使用关
    Sample {
        file: "09",
        task: 2,
        text: "落实建设资金",
        lead: &[],
        others: &["区财政金融局", "区绿岛花城项目建设工作领导小组办公室"],
        deadlines: &[],
    },
    // prose: 苏澳、平原、芦洋、中楼、岚城等5个乡镇负责 names 乡镇; 上述乡镇 points back
    Sample {
        file: "09",
        task: 4,
        text: "抓好乡村绿化",
        lead: &[],
        others: &[
            "区财政金融局",
            "区农村发展局林业发展服务中心",
            "乡镇政府",
            "乡镇",
        ],
        deadlines: &["2月底前"],
    },
    Sample {
        file: "09",
        task: 6,
        text: "加强宣传引导",
        lead: &["区宣传部门", "县人大", "政协"],
        others: &[],
        deadlines: &[],
    },
    // no time of its own: the phase's range (2022年3月1日—3月28日) is inherited
    Sample {
        file: "14",
        task: 1,
        text: "制定工作方案",
        lead: &[],
        others: &["区社会事业局", "区社会事业中心"],
        deadlines: &["2022年3月1日—3月28日"],
    },
    // prose: the step's second sentence opens with 各单位于…前将…报送
    Sample {
        file: "14",
        task: 5,
        text: "建立明细台账",
        lead: &[],
        others: &["各有关单位", "各单位"],
        deadlines: &["2022年4月4日前"],
    },
    Sample {
        file: "14",
        task: 8,
        text: "整理材料上传",
        lead: &[],
        others: &["各有关单位"],
        deadlines: &["4月15日前"],
    },
];

/// The corpus file whose name starts with `prefix`.
fn file(dir: &Path, prefix: &str) -> PathBuf {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{prefix}-")))
        })
        .collect();
    names.sort();
    names.into_iter().next().expect("corpus file")
}

fn names(task: &Task, roles: &[UnitRole]) -> BTreeSet<String> {
    task.units
        .iter()
        .filter(|u| roles.contains(&u.role))
        .map(|u| u.name.clone())
        .collect()
}

fn set(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// `counts.tsv`: file, tasks, kind, note.
fn counts(dir: &Path) -> Vec<(String, usize, String)> {
    let text = std::fs::read_to_string(dir.join("counts.tsv")).expect("counts.tsv");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (
                cols[0].to_owned(),
                cols[1].parse().expect("a count"),
                cols[2].to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_plan_parses_to_its_hand_count_and_every_not_plan_is_recognised() {
    let Some(dir) = common::shared_dir("corpus") else {
        return;
    };
    let rows = counts(&dir);
    assert_eq!(rows.len(), 14);
    let mut wrong = Vec::new();
    for (name, tasks, kind) in &rows {
        let plan = common::parse(&dir.join(name));
        let is_plan = plan.kind.is_plan();
        if (kind == "plan") != is_plan {
            wrong.push(format!(
                "{name}: read as {:?} ({})",
                plan.kind.kind, plan.kind.reason
            ));
        }
        if plan.tasks.len() != *tasks {
            wrong.push(format!(
                "{name}: {} tasks, hand count {tasks}",
                plan.tasks.len()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn sample_tasks_carry_their_units_and_deadlines() {
    let Some(dir) = common::shared_dir("corpus") else {
        return;
    };
    let mut plans: Vec<(&str, Plan)> = Vec::new();
    let mut wrong = Vec::new();
    for s in SAMPLES {
        if !plans.iter().any(|(f, _)| *f == s.file) {
            plans.push((s.file, common::parse(&file(&dir, s.file))));
        }
        let plan = &plans.iter().find(|(f, _)| *f == s.file).expect("parsed").1;
        let Some(task) = plan.tasks.get(s.task - 1) else {
            wrong.push(format!("{} task {}: missing", s.file, s.task));
            continue;
        };
        let at = format!("{} task {}", s.file, s.task);
        if !task.text.value.contains(s.text) {
            wrong.push(format!("{at}: text {:?}", task.text.value));
        }
        let lead = names(task, &[UnitRole::Lead]);
        if lead != set(s.lead) {
            wrong.push(format!("{at}: lead {lead:?}, expected {:?}", s.lead));
        }
        let others = names(task, &[UnitRole::Responsible, UnitRole::Cooperating]);
        if others != set(s.others) {
            wrong.push(format!("{at}: units {others:?}, expected {:?}", s.others));
        }
        let deadlines: Vec<&str> = task.deadlines.iter().map(|d| d.raw.as_str()).collect();
        if deadlines != s.deadlines {
            wrong.push(format!(
                "{at}: deadlines {deadlines:?}, expected {:?}",
                s.deadlines
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn not_plans_get_no_error_level_finding() {
    let Some(dir) = common::shared_dir("corpus") else {
        return;
    };
    let not_plans: Vec<String> = counts(&dir)
        .into_iter()
        .filter(|(_, _, kind)| kind == "not-plan")
        .map(|(name, _, _)| name)
        .collect();
    assert_eq!(not_plans.len(), 4);
    let mut args = vec!["check", "--format", "json", "--min-severity", "hint"];
    let paths: Vec<String> = not_plans
        .iter()
        .map(|n| dir.join(n).display().to_string())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    let out = common::planlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    let findings = report["findings"].as_array().expect("findings");
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| format!("{} {}", f["rule"], f["message"]))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // each says it was not recognised as a plan, and why
    let not_a_plan = findings
        .iter()
        .filter(|f| f["rule"] == "gov-openness::not-a-plan")
        .count();
    assert_eq!(not_a_plan, 4);
}
