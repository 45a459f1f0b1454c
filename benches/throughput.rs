//! `cargo bench`: how fast planlint parses and checks plans. The corpus is the samples (and the
//! seeds when ../shared is beside the repo), repeated to about 4 MB; each measurement is the
//! median of several runs. Rules are compiled once, as in a real run.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use planlint::calendar::Calendar;
use planlint::config::Config;
use planlint::engine;
use planlint::ingest::{self, Source};
use planlint::plan::Parser;
use planlint::rules::RuleSet;
use rayon::prelude::*;

/// The allocator the binary uses (see `src/main.rs`), so the numbers are the command's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The folders read: `PLANLINT_BENCH_DIRS` (`:`-separated) when set — to time two versions on
/// the same plans — else the samples and the seeds.
fn corpus() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: Vec<PathBuf> = match std::env::var("PLANLINT_BENCH_DIRS") {
        Ok(list) => list.split(':').map(PathBuf::from).collect(),
        Err(_) => {
            let mut dirs = vec![root.join("samples")];
            let seeds = root.join("../shared/seeds");
            if seeds.is_dir() {
                dirs.push(seeds);
            }
            dirs
        }
    };
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .collect();
    files.sort();
    let one: Vec<Source> = files.iter().filter_map(|f| ingest::read(f).ok()).collect();
    let size: usize = one.iter().map(|s| s.text.len()).sum();
    let copies = (4_000_000 / size.max(1)).max(1);
    (0..copies).flat_map(|_| one.iter().cloned()).collect()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn measure(name: &str, bytes: usize, files: usize, runs: usize, mut f: impl FnMut() -> usize) {
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        found = f();
        times.push(t.elapsed());
    }
    let m = median(times);
    let mb = bytes as f64 / 1e6;
    println!(
        "{name:<36} {:>8.1} ms  {:>7.1} MB/s  {:>8.0} files/s  ({files} files, {mb:.1} MB, {found} results)",
        m.as_secs_f64() * 1e3,
        mb / m.as_secs_f64(),
        files as f64 / m.as_secs_f64()
    );
}

/// Ingest, parse and check of one plan, each timed alone: what a drafter's editor integration
/// or the server pays per document. The plan is seed 000 (a cover notice and a 53-task tab
/// table) when ../shared is beside the repo, else the many-defects sample.
fn one_plan(parser: &Parser, rules: &RuleSet, calendar: &Calendar) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("../shared/seeds/000_179f6169358b91c8.txt");
    let path = if seed.is_file() {
        seed
    } else {
        root.join("samples/many-defects.txt")
    };
    let bytes = std::fs::read(&path).unwrap();
    let source = ingest::decode(&path, &bytes).unwrap();
    let plan = parser.parse(&source);
    let runs = 200;
    let time = |name: &str, f: &mut dyn FnMut() -> usize| {
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect();
        times.sort();
        let m = times[times.len() / 2];
        println!(
            "{name:<36} {:>8.1} µs  {:>7.1} MB/s  ({}, {} bytes)",
            m.as_secs_f64() * 1e6,
            bytes.len() as f64 / 1e6 / m.as_secs_f64(),
            path.file_name().unwrap_or_default().to_string_lossy(),
            bytes.len()
        );
    };
    time("one plan: ingest (decode)", &mut || {
        ingest::decode(&path, &bytes)
            .map(|s| s.text.len())
            .unwrap_or(0)
    });
    time("one plan: parse", &mut || parser.parse(&source).tasks.len());
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    time("one plan: check (rules, 1 thread)", &mut || {
        one_thread
            .install(|| engine::check_plan(&rules.rules, calendar, &plan, &source, None).len())
    });
}

/// Words tasks are made of in the trace benchmark: real terms of 政务公开 plans.
const TERMS: &[&str] = &[
    "政策解读",
    "预算决算",
    "权力清单",
    "责任清单",
    "重大建设项目",
    "公共资源配置",
    "社会公益事业",
    "生态环境",
    "义务教育",
    "医疗卫生",
    "食品药品",
    "安全生产",
    "征地拆迁",
    "保障性住房",
    "扶贫救助",
    "就业创业",
    "营商环境",
    "惠企政策",
    "政务舆情",
    "新闻发布",
    "政府网站",
    "政务新媒体",
    "依申请公开",
    "政府公报",
    "政务服务",
    "数据开放",
    "统计信息",
    "审计结果",
    "行政执法",
    "重大决策",
    "公众参与",
    "意见征集",
    "建议提案",
    "督查考核",
    "教育培训",
    "基层政务公开",
    "涉企收费",
    "价格信息",
    "招标投标",
    "市场监管",
];

/// A plan of `n` tasks in 10 sections, each task a sentence of four terms; `lower` rewords each
/// task (its terms in another order, other verbs) and names the county's units.
fn synthetic_plan(n: usize, lower: bool) -> String {
    let mut s = String::from(if lower {
        "某县2025年政务公开工作任务分工方案\n"
    } else {
        "某市2025年政务公开工作要点\n"
    });
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    for i in 0..n {
        if i % (n / 10).max(1) == 0 {
            let k = (i / (n / 10).max(1)).min(9);
            s.push_str(&format!(
                "\n{}、推进{}公开\n",
                numerals[k],
                TERMS[k * 3 % TERMS.len()]
            ));
        }
        let t: Vec<&str> = (0..4)
            .map(|k| TERMS[(i * 7 + k * 13 + i / 40) % TERMS.len()])
            .collect();
        let (unit, text) = if lower {
            (
                "县政府办公室",
                format!("做好{}和{}工作，及时公开{}、{}信息", t[2], t[3], t[0], t[1]),
            )
        } else {
            (
                "市政府办公室",
                format!("全面公开{}、{}信息，加强{}和{}管理", t[0], t[1], t[2], t[3]),
            )
        };
        s.push_str(&format!(
            "{}.{}。（{}牵头，2025年{}月底前完成）\n",
            i + 1,
            text,
            unit,
            i % 12 + 1
        ));
    }
    s
}

/// `planlint trace` on two 200-task plans: parse both, match, and run the trace rules.
fn trace_pair(parser: &Parser, calendar: &Calendar) {
    let mut config = Config::bundled();
    config.include_trace_pack();
    let rules = RuleSet::load(&config.packs, &config.overrides);
    let upper_text = synthetic_plan(200, false);
    let lower_text = synthetic_plan(200, true);
    let mut times: Vec<Duration> = Vec::new();
    let mut found = 0;
    for _ in 0..9 {
        let t = Instant::now();
        let up = ingest::decode(Path::new("upper.txt"), upper_text.as_bytes()).unwrap();
        let low = ingest::decode(Path::new("lower.txt"), lower_text.as_bytes()).unwrap();
        let (up_plan, low_plan) = (parser.parse(&up), parser.parse(&low));
        let traced = planlint::trace::Traced::new(
            &up_plan,
            &up.text,
            &low_plan,
            &low.text,
            planlint::trace::Settings::default(),
            &parser.vocabulary().context_headings,
        );
        found = engine::check_plan(&rules.rules, calendar, &low_plan, &low, Some(&traced)).len();
        assert_eq!(traced.upper.len(), 200);
        assert_eq!(traced.lower.len(), 200);
        times.push(t.elapsed());
    }
    println!(
        "{:<36} {:>8.1} ms  (parse both, match, trace rules; {found} findings)",
        "trace: two 200-task plans",
        median(times).as_secs_f64() * 1e3
    );
}

fn main() {
    let sources = corpus();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let files = sources.len();
    let parser = Parser::bundled().unwrap();
    let config = Config::bundled();
    let rules = RuleSet::load(&config.packs, &config.overrides);
    assert!(rules.errors.is_empty());
    let calendar = Calendar::bundled().unwrap();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!(
        "planlint throughput: {} rules, {cores} cores",
        rules.rules.len()
    );

    let t = Instant::now();
    let _ = RuleSet::load(&config.packs, &config.overrides);
    println!(
        "{:<36} {:>8.1} ms",
        "load and compile bundled rules",
        t.elapsed().as_secs_f64() * 1e3
    );

    one_plan(&parser, &rules, &calendar);
    trace_pair(&parser, &calendar);

    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let raw: Vec<(PathBuf, Vec<u8>)> = sources
        .iter()
        .map(|s| (s.path.clone(), std::fs::read(&s.path).unwrap_or_default()))
        .collect();
    measure("ingest (decode), 1 thread", bytes, files, 5, || {
        raw.iter()
            .filter_map(|(p, b)| ingest::decode(p, b).ok())
            .map(|s| s.text.len())
            .sum()
    });
    measure("parse, 1 thread", bytes, files, 5, || {
        sources.iter().map(|s| parser.parse(s).tasks.len()).sum()
    });
    measure("parse, all cores", bytes, files, 5, || {
        sources
            .par_iter()
            .map(|s| parser.parse(s).tasks.len())
            .sum()
    });
    let check = |s: &Source| {
        let plan = parser.parse(s);
        engine::check_plan(&rules.rules, &calendar, &plan, s, None).len()
    };
    measure("parse + check, 1 thread", bytes, files, 5, || {
        one_thread.install(|| sources.iter().map(check).sum())
    });
    measure("parse + check, all cores", bytes, files, 5, || {
        sources.par_iter().map(check).sum()
    });
}
