use crate::plan::model::UnitRole;
use crate::plan::parse_text;

/// Each task's first four characters and its deadlines as written.
fn openings_and_deadlines(text: &str) -> Vec<(String, Vec<String>)> {
    parse_text(text)
        .tasks
        .iter()
        .map(|t| {
            let text = t.text.value.chars().take(4).collect();
            (text, t.deadlines.iter().map(|d| d.raw.clone()).collect())
        })
        .collect()
}

/// Each task's first four characters.
fn openings(text: &str) -> Vec<String> {
    openings_and_deadlines(text)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// Each task's first six characters: where the first four are shared (`1.区经济…`).
fn long_openings(plan: &crate::plan::model::Plan) -> Vec<String> {
    plan.tasks
        .iter()
        .map(|t| t.text.value.chars().take(6).collect())
        .collect()
}

/// Each task's unit names, in order.
fn unit_names(plan: &crate::plan::model::Plan) -> Vec<Vec<&str>> {
    plan.tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect()
}

/// The notice's addressees, in order.
fn addressee_names(plan: &crate::plan::model::Plan) -> Vec<&str> {
    plan.meta
        .addressees
        .iter()
        .map(|a| a.value.as_str())
        .collect()
}

/// A task as [`openings_and_deadlines`] gives it.
fn due(opening: &str, deadlines: &[&str]) -> (String, Vec<String>) {
    (
        opening.to_owned(),
        deadlines.iter().map(|d| d.to_string()).collect(),
    )
}

/// Each task's title, where it has one.
fn titles(plan: &crate::plan::model::Plan) -> Vec<&str> {
    plan.tasks
        .iter()
        .filter_map(|t| t.title.as_ref().map(|l| l.value.as_str()))
        .collect()
}

/// Each task's units with their roles, in the order read.
fn units_and_roles(plan: &crate::plan::model::Plan) -> Vec<Vec<(&str, UnitRole)>> {
    plan.tasks
        .iter()
        .map(|t| t.units.iter().map(|u| (u.name.as_str(), u.role)).collect())
        .collect()
}

/// (units, first characters of the text) of each task a text is read into.
fn tasks(text: &str) -> Vec<(Vec<String>, String)> {
    parse_text(text)
        .tasks
        .iter()
        .map(|t| {
            let units = t
                .units_in(UnitRole::Responsible)
                .chain(t.units_in(UnitRole::Lead))
                .map(|u| u.name.clone())
                .collect();
            (units, t.text.value.chars().take(6).collect())
        })
        .collect()
}

#[test]
fn a_part_naming_the_plans_units_is_a_field_and_the_activities_are_the_tasks() {
    let text = "某镇2024年全民健身活动方案\n\n一、活动主题：全民健身 健康同行\n\
                二、活动时间：2024年8月8日\n三、组织单位：镇文化站\n四、活动内容\n\
                1、举办广场舞比赛。\n2、开展健步走活动。\n3、组织篮球友谊赛。\n\
                五、工作要求\n各村要高度重视，认真组织。\n";
    let got: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(got, ["举办广场舞比", "开展健步走活", "组织篮球友谊"]);
}

#[test]
fn a_unit_field_over_items_or_with_a_duty_is_no_plan_field() {
    // the field heads the items it assigns
    let over = "某县2025年优化营商环境工作方案\n一、牵头单位：县发展改革局\n\
                1. 编制优化营商环境年度工作要点，3月底前完成。\n\
                二、牵头单位：县市场监管局\n1. 推行企业开办“一网通办”，6月底前完成。\n";
    let got = tasks(over);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, ["县发展改革局"]);
    // a unit label that goes on to say what the units do is a task
    let duty = "某县2025年读书月活动方案\n一、活动主题：书香清溪\n\
                二、主办单位：县委宣传部、县文化和旅游局，负责制定活动细则并组织评选，4月15日前完成。\n\
                三、活动内容\n1、举办读书分享会。\n2、开展经典诵读比赛。\n";
    let plan = parse_text(duty);
    let organisers = plan
        .tasks
        .iter()
        .find(|t| t.deadlines.iter().any(|d| d.raw == "4月15日前"))
        .expect("the organisers' task");
    let names: Vec<&str> = organisers.units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["县委宣传部", "县文化和旅游局"]);
}

#[test]
fn a_preamble_heading_ending_in_a_stage_word_is_still_preamble() {
    let text = "某县2025年教育工作要点\n一、指导思想 立足新发展阶段，全面贯彻党的教育方针。\n\
                二、工作目标全面进入高质量发展阶段。\n三、重点任务\n\
                1、推进义务教育优质均衡发展。\n2、加强教师队伍建设。\n";
    let got: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(got, ["推进义务教育", "加强教师队伍"]);
}

#[test]
fn a_list_run_into_its_label_is_read_item_by_item() {
    let text = "2007年上海市政府重点工作\n\
                一、积极促进产业结构优化升级\n\
                总的要求：把发展现代服务业放在产业发展更加突出的位置，不断提高层次、提升能级。\n\
                主要内容：（一）推进落实服务业政策，营造良好的发展环境。（二）加快现代服务业集聚区建设。\
                （三）加快推进物流基地建设。\n";
    let got: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(got, ["推进落实服务", "加快现代服务", "加快推进物流"]);
}

#[test]
fn numbered_fields_belong_to_the_activity_above_them() {
    let text = "清溪县安全生产月活动方案\n\n一、活动安排\n\n（一）开展警示教育周活动\n\n\
                1.活动时间：6月1日至6月7日。\n\n2.活动内容：组织企业集中开展警示教育。\n\n\
                3.组织单位：县应急管理局、各乡镇人民政府。\n\n（二）开展宣传咨询日活动\n\n\
                1.活动时间：6月16日。\n\n2.活动内容：开展安全生产政策法规咨询。\n\n\
                3.组织单位：县安委办。\n";
    let plan = parse_text(text);
    let read: Vec<(u32, Vec<&str>, Vec<&str>)> = plan
        .tasks
        .iter()
        .map(|t| {
            (
                t.number.as_ref().map_or(0, |n| n.value),
                t.units.iter().map(|u| u.name.as_str()).collect(),
                t.deadlines.iter().map(|d| d.raw.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                1,
                vec!["县应急管理局", "各乡镇人民政府"],
                vec!["6月1日至6月7日"]
            ),
            (2, vec!["县安委办"], vec!["6月16日"]),
        ]
    );
}

#[test]
fn a_dated_step_of_a_plan_that_assigns_elsewhere_is_a_task() {
    let text = "清溪县城乡环境整治方案\n\n一、主要任务\n\n1、加大宣传力度，营造整治氛围。\n\n\
                牵头单位：县委宣传部。\n\n二、实施步骤\n\n\
                1、动员阶段（2026年3月10日前）。制定实施方案，召开动员大会。\n\n\
                2、整治阶段（2026年3月11日—6月30日）。集中清理卫生死角。\n\n\
                三、工作要求\n\n1、加强组织领导。各单位要高度重视。\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["加大宣传力度", "动员阶段（2", "整治阶段（2"]);
}

#[test]
fn a_plan_that_numbers_nothing_has_its_topic_paragraphs_as_tasks() {
    let labelled = "珠山街道2026年工作计划\n\n来源：珠山街道办事处\n\n\
                    党建工作：完善党建引领机制，推动社区治理微改革，对辖区3个社区进行精准定位、分类打造。\n\n\
                    经济工作：坚持把经济发展作为第一要务，大力开展招商引资、招才引智等工作，力争项目落地。\n";
    let read = tasks(labelled);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["党建工作：完", "经济工作：坚"]);
    let titled = "共青团清溪区委2026年工作计划\n\n持续提升团属阵地建设水平\n\n\
                  推动青年之家、青年驿站等阵地规范化建设，全年新建阵地5个。\n\n\
                  持续提升服务青年能力水平\n\n围绕青年就业创业需求，开展政策宣讲和技能培训活动。\n";
    let read = tasks(titled);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["持续提升团属", "持续提升服务"]);
}

#[test]
fn an_activity_plans_theme_and_time_are_no_tasks_but_dated_items_under_the_time_are() {
    let text = "清溪镇2026年安全生产月活动方案\n\n一、指导思想\n\n\
                坚持以人为本，强化红线意识，为实现经济社会持续健康发展提供安全保障。\n\n\
                二、活动主题\n\n本次活动的主题是“人人讲安全”，推动形成全社会关注安全的氛围。\n\n\
                三、活动时间\n\n1、6月1日前召开全镇安全生产月动员大会。\n\n\
                2、6月2日—6月30日开展隐患排查整治。\n\n\
                四、主要任务\n\n1.开展形式多样的宣传活动。利用广播、横幅、标语广泛宣传安全生产知识。\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["6月1日前召", "6月2日—6", "开展形式多样"]);
    // 经济社会, 全社会 are no units
    assert!(read.iter().all(|(units, _)| units.is_empty()), "{read:?}");
}

#[test]
fn members_and_a_preamble_field_are_no_tasks() {
    let text =
        "清溪镇2026年“我为群众办实事”工作方案\n\n一、主要任务\n\n1.开展民生实事攻坚行动。\n\n\
                责任单位：镇建设办\n\n2.开展便民服务提升行动。\n\n责任单位：镇便民服务中心\n\n\
                二、成立活动领导小组\n\n1、李四（镇长）\n\n2、王五（副镇长）\n\n\
                三、活动时间：2026年3月至12月\n\n四、工作要求\n\n各村要加强领导，确保取得实效。\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["开展民生实事", "开展便民服务"]);
}

#[test]
fn the_sentence_under_a_bodys_name_sets_it_up() {
    // `一、组织机构` names the body, its sentence says who runs the event: no work of its own,
    // so the part after it is no task either
    let text = "某县2024年秋季运动会工作方案\n\n一、组织机构\n\n\
                运动会由县人民政府主办，县文体局负责组织。\n\n二、工作任务\n\n\
                1.做好场地准备工作。（县文体局负责，8月底前完成）\n\n\
                2.做好安全保卫工作。（县公安局负责）\n\n三、工作要求\n\n\
                各乡镇要高度重视，认真组织，确保按时完成各项工作。\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["做好场地准备", "做好安全保卫"]);
    // a piece of work setting one up is work
    let work = text.replace(
        "1.做好场地准备工作。",
        "1.成立运动会领导小组。（县文体局负责）\n\n2.做好场地准备工作。",
    );
    let read = tasks(&work.replace("2.做好安全", "3.做好安全"));
    assert_eq!(read.len(), 3, "{read:?}");
    // …and so is dated work under a heading so named (`一、组织机构` over `…9月底前完成`)
    let dated = text.replace(
        "运动会由县人民政府主办，县文体局负责组织。",
        "县文体局牵头组建运动会组委会，8月底前完成。",
    );
    assert!(tasks(&dated).iter().any(|(_, t)| t.starts_with("组织机构")));
}

#[test]
fn a_duty_item_naming_its_unit_as_its_first_sentence() {
    let text = "社区矫正工作部门职责分工\n\n二、部门职责\n\n\
                1.人民检察院。依法开展对监外执行的检察,对有关单位适用非监禁刑进行监督。\n\n\
                2.财政部门。做好社区矫正经费保障工作,将经费纳入年度预算。\n\n\
                3.加强协调配合。各部门要密切配合,形成工作合力。\n";
    let read = tasks(text);
    let units: Vec<Vec<String>> = read.iter().map(|(u, _)| u.clone()).collect();
    assert_eq!(
        units,
        [
            vec!["人民检察院".to_owned()],
            vec!["财政部门".to_owned()],
            vec!["各部门".to_owned()]
        ]
    );
}

#[test]
fn a_campaigns_slogans_are_no_units() {
    let text = "某县“法律七进”活动实施方案\n\n一、活动内容\n\n\
                1.法律进机关。落实党委（党组）理论学习中心组学法制度。\n\n\
                2.法律进乡村。开展“送法下乡”活动，全年举办法治讲座不少于100场。\n\n\
                3.法律进社区。依托社区网格开展入户普法。\n";
    assert!(
        tasks(text).iter().all(|(units, _)| units.is_empty()),
        "{:?}",
        tasks(text)
    );
    // units sharing only their level are units (`市委宣传部` `市委政法委`)
    let units = "某市未成年人保护工作职责分工\n\n二、部门职责\n\n\
                 1.市委宣传部。把未成年人保护工作纳入宣传思想工作总体规划。\n\n\
                 2.市委政法委。支持监督政法单位依法履职。\n";
    let read = tasks(units);
    assert_eq!(read[1].0, ["市委政法委"], "{read:?}");
}

#[test]
fn one_line_after_the_sub_points_of_work_assigns_that_work() {
    // `1.完善应急预案体系` names a piece of work: its sub-points are its text, the line its units
    let text = "运城市应急体系建设规划责任分解\n\n（一）“一案三制”建设\n\n1.完善应急预案体系\n\n\
                （1）加强应急预案管理，规范应急预案编制工作。\n\n\
                （2）推进政府及其部门应急预案“精编化”。\n\n\
                （3）加强应急预案演练，完善演练管理制度。\n\n\
                （责任单位：市应急管理局、各县（市、区）人民政府）\n\n\
                2.健全应急管理体制\n\n（1）推进应急管理办事机构建设。\n\n\
                （2）落实应急管理专职人员。\n\n（责任单位：市应急管理局）\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["完善应急预案", "健全应急管理"]);
    assert_eq!(read[0].0, ["市应急管理局", "各县（市、区）人民政府"]);
    // a sub-point with its own time is a piece of work of its own: the line assigns each
    let dated = text.replace("（2）推进政府", "（2）6月底前推进政府");
    assert_eq!(tasks(&dated).len(), 4);
    // …and so is each problem under a place's name (`1. 市科技馆` over what was found there)
    let places = text
        .replace("1.完善应急预案体系", "1.市科技馆")
        .replace("2.健全应急管理体制", "2.市博物馆");
    assert_eq!(tasks(&places).len(), 5);
}

#[test]
fn dashed_items_stating_their_units_are_tasks_of_their_own() {
    // under a numbered heading whose own words are an aim, each dashed paragraph assigns itself
    let text = "促进先进制造业利用外资三年行动方案\n\n一、总体要求\n\n\
                紧紧抓住全球新一轮科技革命和产业变革的重大机遇。\n\n二、主要目标\n\n\
                制造业利用外资规模保持每年增长20%左右。\n\n\
                ——建立重点招商项目库。市区联动,建立两级重点招商项目库。(市商务委牵头,\
                市发展改革委、各区政府配合)\n\n\
                ——促进项目签约落地。坚持市区联动。(市商务委牵头,市发展改革委配合)\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["——建立重点", "——促进项目"]);
}

#[test]
fn sub_item_paragraphs_under_a_heading_that_assigns_share_its_units() {
    // the heading's own bracket assigns it: its 一是 paragraphs, each a task, are led by it
    let text = "某市稳就业工作实施方案\n\n一、重点任务\n\n\
                （一）支持企业稳岗扩岗。（市人社局牵头）\n\n\
                一是落实失业保险稳岗返还政策。\n\n\
                二是发放一次性扩岗补助。（市财政局负责）\n";
    let read = tasks(text);
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(read[0].1, "支持企业稳岗", "{read:?}");
    let plan = parse_text(text);
    let names = |t: &crate::plan::model::Task| -> Vec<(String, UnitRole, bool)> {
        t.units
            .iter()
            .map(|u| (u.name.clone(), u.role, u.inherited))
            .collect()
    };
    assert_eq!(
        names(&plan.tasks[1]),
        [
            ("市人社局".to_owned(), UnitRole::Lead, true),
            ("市财政局".to_owned(), UnitRole::Responsible, false)
        ]
    );
    // a first 一是 naming no units: the units closing the last close the heading's whole list
    let first_bare = "某市未成年人校外保护实施方案\n\n二、工作任务\n\n（一）加强家庭保护。\n\n\
                      一是强化家庭教育指导。编制实施家庭教育五年规划。\n\n\
                      二是开展家庭文明建设。（市妇联、市教育体育局按职责分工负责）\n";
    let read = tasks(first_bare);
    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(read[0].1, "加强家庭保护");
    assert_eq!(read[0].0, ["市妇联", "市教育体育局"]);
    // a first naming its units, a next naming none: each is a task, the next no one's (a
    // page cut inside it too)
    for last in [
        "二是加大就业创业帮扶力度。为困境儿童家庭免费提供公共就业服务。\n",
        "二是加大就业创业帮扶力度。为困境儿童家庭免费提供公共就业服务。落实支持农民工返\n",
    ] {
        let text = format!(
            "某市未成年人校外保护实施方案\n\n二、工作任务\n\n（一）加强家庭保护。\n\n\
             一是强化家庭教育指导。编制实施家庭教育五年规划。（市妇联负责）\n\n{last}"
        );
        let read = tasks(&text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["一是强化家庭", "二是加大就业"], "{last}");
        assert_eq!(read[0].0, ["市妇联"]);
        assert!(read[1].0.is_empty(), "{read:?}");
    }
    // …and so do those of a line after the last that only assigns, with its time
    let closing = "某市未成年人校外保护实施方案\n\n二、工作任务\n\n（一）加强家庭保护。\n\n\
                   一是强化家庭教育指导。编制实施家庭教育五年规划。\n\n\
                   二是开展家庭文明建设。推进文明家庭创建。\n\n\
                   牵头单位：市妇联；完成时限：2024年12月底前\n";
    let plan = parse_text(closing);
    assert_eq!(plan.tasks.len(), 2);
    for t in &plan.tasks {
        assert_eq!(t.units.len(), 1, "{t:?}");
        assert_eq!(t.units[0].name, "市妇联");
        assert_eq!(t.deadlines.len(), 1, "{t:?}");
        assert_eq!(t.deadlines[0].raw, "2024年12月底前");
    }
    assert!(plan.tasks[0].units[0].inherited);
    assert!(!plan.tasks[1].units[0].inherited);
    // sub-items with lines of their own: the line after the last is that one's alone
    let own_lines = "某市未成年人校外保护实施方案\n\n二、工作任务\n\n（一）加强家庭保护。\n\n\
                     一是强化家庭教育指导。编制实施家庭教育五年规划。\n\n责任单位：市教育局\n\n\
                     二是开展家庭文明建设。推进文明家庭创建。\n\n\
                     牵头单位：市妇联；完成时限：2024年12月底前\n";
    let plan = parse_text(own_lines);
    assert_eq!(plan.tasks.len(), 2);
    assert_eq!(plan.tasks[0].units.len(), 1, "{:?}", plan.tasks[0].units);
    assert_eq!(plan.tasks[0].units[0].name, "市教育局");
    assert!(plan.tasks[0].deadlines.is_empty());
    // more words after the last sub-item: what they belong to is unclear, the item stays one
    let more = "某市未成年人校外保护实施方案\n\n二、工作任务\n\n（一）加强家庭保护。\n\n\
                一是强化家庭教育指导。编制实施家庭教育五年规划。\n\n\
                二是开展家庭文明建设。推进文明家庭创建。\n\n\
                各区要确保各项工作于2024年底前落到实处。\n";
    assert_eq!(tasks(more).len(), 1);
}

#[test]
fn a_bracket_of_units_cut_with_the_page_still_assigns() {
    let text = "2024年消费帮扶工作方案\n\n1.强化定向采购帮扶。(市财政局、市总工会负责)\n\n\
                2.加强区域协作帮扶。(市乡村振兴局、市农业农村局、市商务局等部门和14个乡镇人民政府负\n";
    let read = tasks(text);
    assert_eq!(read[1].0, ["市乡村振兴局", "市农业农村局"]);
    // a bracket wrapped onto the next paragraph is not cut: its sentence is no task
    let wrapped = "2024年消费帮扶工作方案\n\n1.强化定向采购帮扶。(市财政局、市总工会负责)\n\n\
                   2.加强区域协作帮扶。\n\n\
                   — 2 —\n\n虚假违法广告。(市场监管总局、邮政局、知识产权局按职责分工\n\n负责)\n\n\
                   3.开展网售药品专项整治。(药监局负责)\n";
    assert!(
        tasks(wrapped).iter().all(|(_, t)| !t.starts_with("虚假")),
        "{:?}",
        tasks(wrapped)
    );
}

#[test]
fn a_list_numbered_on_across_chapters_is_one_list() {
    // `（四）（五）` name their units, `（六）…（八）` under the next chapter go on numbering the
    // same measures: work of the same list whose units go unnamed
    let text = "苏州市会展业发展工作方案\n\n\
                (四)建立会展业行业协会,由市贸促会牵头发起,会展相关企业自愿组建。\n\n\
                (五)对有影响的大型会展,市政府在冠名主办、资金扶持上提供支持。\n\n\
                三、构建完善的会展服务体系\n\n(六)研究制定会展业发展规划,加大投入力度。\n\n\
                (七)重点建设和完善国际博览中心等会展设施。\n\n\
                (八)加强大型展馆周围交通、酒店等配套设施的建设。\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "建立会展业行",
            "对有影响的大",
            "研究制定会展",
            "重点建设和完",
            "加强大型展馆"
        ]
    );
    // a list that starts again at one is a list of its own
    let restarted = text
        .replace("(六)", "(一)")
        .replace("(七)", "(二)")
        .replace("(八)", "(三)");
    assert_eq!(tasks(&restarted).len(), 2);
}

#[test]
fn items_numbered_on_from_assigned_tasks_are_tasks_missing_their_units() {
    let text = "清河县促进会展业发展工作方案\n\n二、完善会展管理体制\n\n\
                （一）建立县会展业行业协会，2026年6月底前完成。（县商务局负责）\n\n\
                （二）对有影响的大型展会，县政府给予支持。（县财政局负责）\n\n\
                三、构建完善的会展服务体系\n\n（三）研究制定全县会展业发展规划。\n\n\
                （四）重点建设和完善县会展中心等会展设施。\n\n\
                （五）加强展馆周边交通、餐饮和住宿等配套设施建设。\n";
    assert_eq!(tasks(text).len(), 5);
    // …but under a part asking for support they ask, numbered on or not
    let support = text
        .replace("三、构建完善的会展服务体系", "三、保障措施")
        .replace(
            "（三）研究制定全县会展业发展规划。",
            "（三）加强组织领导。各部门要高度重视。",
        );
    let read = tasks(&support);
    assert_eq!(read.len(), 2, "{read:?}");
    // …and a third chapter numbered on from the second, itself numbered on from the tasks
    let third = format!(
        "{text}\n四、强化政策支持\n\n（六）加大财政扶持，每年安排会展业发展专项资金。\n\n\
         （七）落实用地保障，优先保障会展项目用地。\n"
    );
    let read = tasks(&third);
    assert_eq!(read.len(), 7, "{read:?}");
    // …but not into the closing provisions or the accountability chapter
    for closing in ["附则", "责任追究"] {
        let text = format!(
            "{third}\n五、{closing}\n\n（八）本方案自印发之日起施行。\n\n（九）本方案未尽事宜，另行研究确定。\n"
        );
        let read = tasks(&text);
        assert_eq!(read.len(), 7, "{closing}: {read:?}");
    }
}

#[test]
fn a_scope_or_an_audience_joined_to_its_work_heads_that_work() {
    let text = "某县2023年农村危房改造工作方案\n\n为保障农村低收入群体住房安全，制定本方案。\n\n\
                一、改造目标\n\n2023年完成农村危房改造任务320户。\n\n二、工作范围及内容\n\n\
                1.开展农村房屋安全排查。4月底前，对重点对象住房开展一次全面排查。\n\n\
                2.实施危房改造。10月底前，完成320户危房改造任务。\n\n三、保障措施\n\n\
                （一）加强组织领导。县住建局负责农村危房改造工作的组织实施。\n";
    let has = |text: &str, opening: &str| tasks(text).iter().any(|(_, t)| t.starts_with(opening));
    assert!(has(text, "开展农村房屋"), "{:?}", tasks(text));
    let audience = text.replace("二、工作范围及内容", "二、培训对象和内容");
    assert!(has(&audience, "开展农村房屋"), "{:?}", tasks(&audience));
    // the word alone heads no work (where the plan lists its work elsewhere: a plan whose
    // only list stands under its aims and scope has that list for its work)
    let scope = text.replace("二、工作范围及内容", "二、工作范围").replace(
        "三、保障措施\n\n（一）加强组织领导。",
        "三、工作措施\n\n（一）落实补助资金。",
    );
    assert!(!has(&scope, "开展农村房屋"), "{:?}", tasks(&scope));
    assert!(has(&scope, "落实补助资金"), "{:?}", tasks(&scope));
}

#[test]
fn the_scope_and_timing_of_a_rectification_are_no_tasks() {
    // the headings' words run on into their sentences, as an archive prints them
    let text = "农贸市场建设和改造方案\n\n一、整改范围纳入县城区改造升级的农贸市场共 8 个。\
                二、时间部署改造工作从 2009 年 7 月上旬开始,2010 年 12 月底前全面完成。\
                三、工作步骤(一)制定改造升级工作方案。2009 年 8 月底前,由县商务局负责制定\
                具体实施方案。\n";
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["工作步骤(一"]);
}

#[test]
fn a_body_named_by_its_members_posts_is_no_task() {
    // `一、成立…领导小组:` over `组 长:…` `成 员:…` says who the body is; the duties under
    // `业务部:` are the work, and `转发总会关于…` names no unit 转发总会关
    let text = "某红十字会2011年博爱周活动方案\n\n为搞好这次活动，特制定本方案：\n\n\
                一、成立2011博爱周活动领导小组:\n\n组 长:田某(专职副会长)\n\n\
                副组长:解某(专职副会长)\n\n成 员:办公室、业务部负责人。\n\n\
                二、活动内容:\n\n5月8日在民心广场开展宣传活动。\
                团体会员单位组织医疗专家开展义诊等活动。\n\n\
                三、职责分工\n\n业务部:\n\n\
                1、转发总会关于开展博爱周活动的通知,要求各级红十字会开展宣传活动。\n\n\
                2、制作活动发放的宣传资料。\n\n组青部:\n\n\
                1、向团体会员单位下发开展活动的通知。\n";
    let read = tasks(text);
    // (the activity naming its unit is work of its own)
    assert!(read[0].1.starts_with("活动内容"), "{read:?}");
    assert_eq!(
        read[1..],
        [
            (vec!["业务部".to_owned()], "转发总会关于".to_owned()),
            (vec!["业务部".to_owned()], "制作活动发放".to_owned()),
            (vec!["组青部".to_owned()], "向团体会员单".to_owned()),
        ]
    );
}

#[test]
fn quarters_under_a_progress_label_report_what_was_done() {
    // a ledger's task with its quarters' targets, then its progress quarter by quarter
    let text = "市政府2019年重点工作任务\n\n重点工作: 推动低效园区提质增效。\n\n\
                牵头单位: 市工业和信息化局\n\n年度阶段性工作目标:\n\n\
                第一季度:制定三年行动计划。\n\n第二季度:成立市级工作领导小组。\n\n\
                进展落实情况:\n\n第一季度:\n\n按计划推进中。\n\n\
                制定2019年工作计划,正在第二轮征求意见。\n\n第二季度:\n\n\
                部分工作进展滞后。\n";
    let read = tasks(text);
    assert_eq!(
        read,
        [(vec!["市工业和信息化局".to_owned()], "重点工作: ".to_owned())]
    );
}

#[test]
fn a_progress_field_printed_over_its_quarters_and_their_numbered_reports() {
    // a 民生实事 page: field labels alone on their lines over their values (no table header),
    // then `落实情况` (no colon) over quarters, one quarter's report numbered on its line
    let text =
        "光明区2020年民生实事:幼有善育(3项)\n\n进一步完善托育服务体系,提供有针对性的服务\n\n\
                牵头单位:\n\n光明区卫生健康局\n\n协办单位:\n\n各有关单位\n\n进度安排\n\n\
                第一季度:落实托育机构备案制度。\n\n第二季度:组建科学育儿指导队伍。\n\n落实情况\n\n\
                第一季度:已指定专人落实托育机构备案制度。\n\n\
                第三季度:1.实施方案已于9月21日正式印发。2.稳步推动区级托育机构示范点的建设。\n\n\
                第四季度:1.目前区级示范点正在报消防备案。2.探索老幼共托模式。\n";
    // (the next part's number, of another style, ends the report: its schedule is work)
    let next = format!(
        "{text}\n二、新建社区养老服务综合体(区民政局牵头)\n\n第二季度:\n\n\
         1.完成养老服务综合体选址及规划设计。\n\n2.启动施工招标。\n"
    );
    let scheduled: Vec<String> = parse_text(&next)
        .tasks
        .iter()
        .map(|t| t.text.value.chars().take(4).collect())
        .filter(|t: &String| t == "完成养老" || t == "启动施工")
        .collect();
    assert_eq!(scheduled, ["完成养老", "启动施工"]);
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [[
            ("光明区卫生健康局", UnitRole::Lead),
            ("各有关单位", UnitRole::Cooperating)
        ]]
    );
}

#[test]
fn a_report_label_ends_at_the_next_label() {
    // what was done, then the arrangement for the rest of the year, month by month
    let text = "某镇2023年下半年安全生产工作计划\n\n为落实安全生产责任，制定本计划。\n\n\
                上半年工作完成情况:\n\n上半年共开展安全检查46次。\n\n下半年工作安排:\n\n\
                七月份:\n\n1、开展汛期安全检查。（责任单位：镇应急办）\n\n八月份:\n\n\
                2、开展道路交通安全专项整治。（责任单位：派出所）\n";
    assert_eq!(
        openings_and_deadlines(text),
        [due("开展汛期", &["七月份"]), due("开展道路", &["八月份"])]
    );
}

#[test]
fn items_under_a_month_heading_are_due_that_month() {
    let text = "清溪县实验小学2026年春季学期工作安排\n\n二月份：\n\n1、教师报到、学生注册；\n\n\
                2、组织期初工作检查；\n\n三月份：\n\n1、迎接区教育教学常规工作检查评估；\n\n\
                2、组织半期考试；\n";
    let plan = parse_text(text);
    let read: Vec<(String, String, Vec<String>)> = plan
        .tasks
        .iter()
        .map(|t| {
            let section = t
                .section
                .and_then(|i| plan.sections.get(i))
                .map(|s| s.title.clone())
                .unwrap_or_default();
            let text: String = t.text.value.chars().take(4).collect();
            let due = t.deadlines.iter().map(|d| d.raw.clone()).collect();
            (section, text, due)
        })
        .collect();
    let due = |m: &str| vec![m.to_owned()];
    assert_eq!(
        read,
        [
            ("二月份".into(), "教师报到".into(), due("二月份")),
            ("二月份".into(), "组织期初".into(), due("二月份")),
            ("三月份".into(), "迎接区教".into(), due("三月份")),
            // short, but it ends its sentence: an item of the list, not a heading
            ("三月份".into(), "组织半期".into(), due("三月份")),
        ]
    );
}

#[test]
fn a_bare_month_with_a_colon_dates_the_items_under_it() {
    // `三月：` names the month as `三月份：` does; the colon is no part of the time
    let text = "清溪县实验幼儿园2026年春季学期工作计划\n\n三月：\n\n1、开展学雷锋主题活动。\n\n\
                2、组织教师业务学习。\n\n4月:\n\n1、举办春季亲子运动会。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("开展学雷", &["三月"]),
            due("组织教师", &["三月"]),
            due("举办春季", &["4月"]),
        ]
    );
}

#[test]
fn a_number_with_nothing_after_it_is_no_task() {
    // a page cut after the next item's number
    let text = "清溪县2026年政务公开工作实施方案\n\n一、深化政务公开\n\n\
                （一）做好各类规划主动公开。（牵头单位：县发改局）\n\n\
                （二）做好监管执法信息公开。（牵头单位：县市场监管局）\n\n（三）\n";
    assert_eq!(openings(text), ["做好各类", "做好监管"]);
}

#[test]
fn paragraphs_each_closed_by_their_own_assignment_are_tasks_under_their_heading() {
    let text = "清溪县市场监管局2026年政务公开工作要点\n\n一、全面推进“五公开”\n\n(一)推进决策公开\n\n\
                严格落实重大行政决策程序规定，制定本年度重大行政决策目录清单。(牵头部门:综合规划处)\n\n\
                做好规范性文件公开工作，及时公开规范性文件的废止、失效等情况。(牵头部门:法规处)\n\n\
                (二)推进执行公开\n\n\
                继续做好财政预决算、涉企收费项目信息公开。(牵头部门:科技和财务处)\n";
    let units = |u: &str| vec![u.to_owned()];
    assert_eq!(
        tasks(text),
        [
            (units("综合规划处"), "严格落实重大".to_owned()),
            (units("法规处"), "做好规范性文".to_owned()),
            // one paragraph alone under its heading stays the heading's body
            (units("科技和财务处"), "推进执行公开".to_owned()),
        ]
    );
}

#[test]
fn sentences_closed_by_their_own_assignment_inside_one_item_are_tasks_of_their_own() {
    // the last sentence's assignment stands on the next line alone
    let text = "2022年某县政务公开工作要点\n\n一、围绕中心工作深化主动公开\n\n\
                (一)提升共同富裕建设公开水平。高水平做好共同富裕领域信息公开工作，及时公开典型案例。\
                (牵头单位:县发改局)常态化推进十大民生实事项目预算信息应公开尽公开。\n\
                (牵头单位:县财政局)\n\n\
                (二)提升优化营商环境公开水平。完善市场主体反映问题的办理和反馈机制。(牵头单位:县发改局)\n";
    let units = |u: &str| vec![u.to_owned()];
    assert_eq!(
        tasks(text),
        [
            (units("县发改局"), "提升共同富裕".to_owned()),
            (units("县财政局"), "常态化推进十".to_owned()),
            (units("县发改局"), "提升优化营商".to_owned()),
        ]
    );
}

#[test]
fn an_assignment_above_the_first_item_of_a_cut_page_is_no_task() {
    // page 11 of a site's collection: the label belongs to an item on page 10
    let text = "各类工作方案-45篇(第11/58页)\n牵头单位:市生态环境局\n\
                6.依法开展规划环境影响评价。严格执行国家环境影响评价法律法规。\n\
                牵头单位:市生态环境局\n\
                7.环境空气质量。完善网格化监管网络，扎实推进减污降碳。\n\
                牵头单位:市生态环境局\n配合单位:市工信局、市住建局\n";
    let units = |u: &str| vec![u.to_owned()];
    assert_eq!(
        tasks(text),
        [
            (units("市生态环境局"), "依法开展规划".to_owned()),
            (units("市生态环境局"), "环境空气质量".to_owned()),
        ]
    );
}

#[test]
fn a_person_line_between_an_items_text_and_its_units_leaves_the_item_whole() {
    // a newspaper's reprint of a 十大实事 list: unnumbered items, each with its leader,
    // units, officer and schedule on lines of their own
    let text = "2012年十大实事任务分解表\n\
                市区新增优质中小学招生学位2.36万个。\n主管领导:刘东\n责任单位:市教育局\n\
                主要责任人:毛杰\n进度安排:6月底前基本完成基建任务。\n\
                市区新建、改扩建中小学校30所。\n主管领导:刘东\n责任单位:市教育局\n\
                主要责任人:毛杰\n进度安排:12月底前全部开工。\n";
    let units = |u: &str| vec![u.to_owned()];
    assert_eq!(
        tasks(text),
        [
            (units("市教育局"), "市区新增优质".to_owned()),
            (units("市教育局"), "市区新建、改".to_owned()),
        ]
    );
}

#[test]
fn a_schedule_printed_in_comma_wrapped_fragments_is_read_month_by_month() {
    let text = "幼儿园2020年工作计划\n,一月,\n,学期尾声,总结考核,常规事项:,\n\
                ,1、学期尾声,半年教学效果检验。,2、寒假安全、春节礼仪教育。,3、统计寒假留园人数。,\n\
                ,二月,\n,1、插班生入园的准备。,2、新学期物品的采购和发放。,\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("学期尾声", &["一月"]),
            due("寒假安全", &["一月"]),
            due("统计寒假", &["一月"]),
            due("插班生入", &["二月"]),
            due("新学期物", &["二月"]),
        ]
    );
}

#[test]
fn dated_stages_and_the_activities_after_them_are_all_tasks() {
    let text = "社区爱国卫生月活动实施方案\n\
        一、活动主题 以“创建卫生社区”为主题，开展小区环境卫生整治。\n\
        二、活动时间 按照街道办事处部署，活动时间4月1日至5月10日，共分三个阶段：\n\
        (一)动员准备阶段(4月1日至4月5日):开展卫生月集中宣传，制定社区卫生月活动方案。\n\
        (二)组织实施阶段(4月6日至4月30日):一是开展辖区环境整治行动，做好环境清理工作。\
        二是开展环境卫生大清扫活动，保证室内外环境整洁。\n\
        三、活动内容 (一)宣传发动 以“社区是我家”为主题开展健康教育，以宣传板、板报等形式开展宣传活动。\n\
        (二)环境整治 1、就社区实际环境情况，开展越冬垃圾、白色垃圾的集中清理。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("动员准备", &["4月1日至4月5日"]),
            // (its 一是, 二是 are the stage's work, in its time)
            due("组织实施", &["4月6日至4月30日"]),
            // the activities, listed under a heading run on after a space
            due("宣传发动", &[]),
            due("就社区实", &[]),
        ]
    );
}

#[test]
fn a_months_theme_after_its_name_still_heads_the_months_items() {
    let text = "德育处工作计划和安排（学校德育工作月度计划）\n二月主题:新起点、新打算\n\
                1、开学校会。\n2、制作“开学第一课”\n三月主题:养成文明习惯\n\
                1、“三八妇女节”感恩教育活动。\n2、卫生健康教育班队课\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("开学校会", &["二月"]),
            due("制作“开", &["二月"]),
            due("“三八妇", &["三月"]),
            due("卫生健康", &["三月"]),
        ]
    );
    // a month and a sentence of work after its colon is that month's task, not a heading
    let one_line =
        "学校德育工作计划\n二月份:召开全体班主任会议，部署本学期德育工作，制定各班德育计划。\n\
                    三月份:开展学雷锋系列活动，评选文明班级，组织学生参加社区志愿服务。\n";
    assert_eq!(openings_and_deadlines(one_line).len(), 2);
}

#[test]
fn a_heading_that_lost_its_numeral_ends_the_time_heading_above_it() {
    // `三` was an image on the page: `、活动安排` still heads the activities, which are
    // no longer read as items of 二、活动时间
    let text = "关于开展“学雷锋”主题教育月的活动方案\n\n一、活动主题:学雷锋精神\n\n\
                二、活动时间:2018年3月1日至3月30日\n\n、活动安排\n\n\
                (一)“学习雷锋精神,宣传雷锋事迹”\n\n1、高一高二每班召开一次主题班会;\n\n\
                2、利用校园广播台、黑板报进行宣传。\n\n(二)“践行雷锋精神”\n\n\
                1、组织青年志愿者开展志愿服务活动。\n";
    assert_eq!(openings(text), ["高一高二", "利用校园", "组织青年"]);
}

#[test]
fn a_topic_sentence_over_its_sub_items_heads_them() {
    // a page that lost its title: three unnumbered topics, each a short sentence, two with
    // 一是…二是… run on after it
    let text = "今年以来，街道将发展目标确定为全力保稳定，促和谐，重点将做好以下三项工作。\n\
                全力推进大拆大整。一是持续深化大拆大整专项行动，启动危旧房鉴定工作。\
                二是加快违章拆除，结合今年拆违工作，加大力度。三是以拆后利用为契机，打造工作亮点。\n\
                攻坚剿灭劣V类水。一是全面排查入河排污口，至6月底完成整治。\
                二是推进截污纳管，12月底做好接户工作。三是遏制沿河违章反弹，开展河道保洁。\n\
                创建全国文明城市。对照测评标准，开展环境整治，提升市民文明素质。\n";
    let plan = parse_text(text);
    assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
    let read = openings_and_deadlines(text);
    // (sub-items that each set their time are tasks; those that set none are the topic's work)
    assert_eq!(
        openings(text),
        ["全力推进", "攻坚剿灭", "二是推进", "三是遏制", "创建全国"]
    );
    assert_eq!(read[2].1, ["12月底"]);
    // paragraphs opening with sub-items are tasks though they set no time, the heading's
    // words leading the first
    let sub_items = "安全生产月工作方案\n一、活动主要内容\n（一）安全发展主题宣讲周。\n\
                     一是党政领导主题发动。各级党政领导发表电视讲话，进行主题宣传发动。\n\
                     二是行业监管部门主题宣讲。深入重点企事业单位宣讲决策部署。\n";
    assert_eq!(openings(sub_items), ["安全发展", "二是行业"]);
    // in a plan that numbers its items, a short sentence opening a line is the rest of a
    // wrapped item, no topic of its own
    let wrapped = "清溪县城市品质提升行动方案\n\
                   1.加快老旧小区整治改造。5月底前开工老旧小区改造项目50个，健全便民市场等生活\n\n\
                   服务设施。继续推进既有住宅增设电梯，12月底前开工建设200部。\n\
                   2.开展背街小巷整治。6月底前对全市背街小巷存在的突出问题进行梳理。\n";
    assert_eq!(openings(wrapped), ["加快老旧", "开展背街"]);
}

#[test]
fn a_title_run_into_the_first_heading_is_the_title() {
    let text = "区教育局2026年工作计划(一)强化政治建设,加强党对教育工作的全面领导。\n\
                一是持续推动学习宣传贯彻走深走实。\n二是明确巩固深化主题教育成果。\n\
                (二)加快建设高质量教育体系。\n一是做好学前教育相关工作。\n二是认真做好课后服务工作。\n";
    let plan = parse_text(text);
    assert_eq!(
        plan.meta.title.map(|t| t.value).as_deref(),
        Some("区教育局2026年工作计划")
    );
    // (each heading's 一是, 二是 on lines of their own are tasks, the heading's words leading
    // its first)
    assert_eq!(plan.tasks.len(), 4, "{:?}", plan.kind);
    assert!(plan.tasks[2]
        .text
        .value
        .starts_with("加快建设高质量教育体系。"));
    // a collection's number after a title heads nothing: the title stays whole
    let numbered = "镇目标工作计划(2篇)\n\n镇目标工作计划(一)\n\n\
                    为了推动我镇经济社会持续健康发展,特制定本目标工作计划。\n\n\
                    一、经济发展目标与计划\n\n1.农业现代化推进\n\n加大农业科技投入,建立农业科技示范基地。\n\n\
                    2.工业转型升级\n\n加大招商引资力度,吸引优质企业入驻。\n";
    assert_eq!(parse_text(numbered).tasks.len(), 2);
    // a page run together on one line (long enough to be read as one): the title runs
    // into the first sentence
    let run_on = format!(
        "市水利局2020年工作计划2020年是“十三五”的收官之年,市水利局将坚持节水优先。\
         一、坚持智慧水利理念,严防水旱灾害1.进一步优化防汛指挥系统。{0}{0}\
         2.进一步优化标化管理平台。{0}{0}3.进一步优化水情报汛平台。{0}{0}",
        "梳理重构水利防汛防台体系,做到人员职责对应、信息传输畅通、反应处置到位,\
         严格落实安全隐患动态排查和挂销号制度,以最全措施、最佳状态迎战梅雨台风暴雨、\
         高温和局地强对流天气,确保不死人、少伤人、少损失的总目标。"
    );
    let plan = parse_text(&run_on);
    assert_eq!(
        plan.meta.title.map(|t| t.value).as_deref(),
        Some("市水利局2020年工作计划")
    );
    assert_eq!(plan.tasks.len(), 3, "{:?}", plan.kind);
    // a model text's masked year opens the first sentence as a year does
    let masked = run_on.replacen("工作计划2020年是", "工作计划 xxxx 年,", 1);
    let plan = parse_text(&masked);
    assert_eq!(
        plan.meta.title.map(|t| t.value).as_deref(),
        Some("市水利局2020年工作计划")
    );
    assert_eq!(plan.tasks.len(), 3, "{:?}", plan.kind);
    // a plan's word inside a first sentence is no title's end
    let sentence =
        "根据县委工作计划2020年,全县要做好以下工作。\n1.做好防汛工作。\n2.做好抗旱工作。\n";
    assert_ne!(
        parse_text(sentence).meta.title.map(|t| t.value).as_deref(),
        Some("根据县委工作计划")
    );
}

#[test]
fn targets_and_a_report_of_work_done_are_no_tasks() {
    let text = "2021年安全生产年度工作计划\n一、安全目标\n1、杜绝死亡、重伤事故;\n\
                2、轻伤事故率不超过3‰;\n3、三级安全教育率为100%。\n二、安全生产责任制\n\
                1、成立项目管理领导小组,落实安全生产法律法规。\n\
                2、与开复工项目部签订安全生产责任书,层层落实安全生产责任制。\n";
    assert_eq!(openings(text), ["成立项目", "与开复工"]);
    // a summary and plan whose page holds only the summary lists no task
    let summary = "县卫健委2023年工作总结及2024年工作安排\n一、工作开展情况\n\
                   (一)扎实开展党的建设工作\n一是加强党性学习教育。2023年召开2次研判会。\n\
                   二是落实全面从严治党主体责任。班子成员严格落实一岗双责。\n";
    assert!(openings_and_deadlines(summary).is_empty());
    // …and so does one whose heading calls it the year's 工作总结
    let summary = summary.replace("一、工作开展情况", "一、2023年工作总结");
    assert!(openings_and_deadlines(&summary).is_empty());
    // …or just 工作总结, the year said in the title; the plan's part after it lists the tasks
    let both = "2020年民宗局工作总结和2020年工作思路\n一、工作总结\n\
                1.大力开展民族宗教法规宣传教育。全市83个宗教活动场所均开设宣传栏。\n\
                2.切实加强民宗工作机制建设。市民宗局具有3本行政执法资格证。\n\
                二、2020年工作思路\n1.深入开展民族团结进步创建活动。\n";
    assert_eq!(openings(both), ["深入开展"]);
    // (an item of a plan that ends so is work: `（五）做好年度工作总结`)
    let plan =
        "2024年镇政府工作计划\n一、重点工作\n（一）完善项目台账。\n（二）做好年度工作总结。\n";
    assert_eq!(openings(plan), ["完善项目", "做好年度"]);
}

#[test]
fn a_sector_named_like_units_among_sectors_assigns_nothing() {
    let text = "2023年各部门安全生产工作实施计划\n一、生产企事业单位\n\
                1. 提高安全生产意识:加强安全生产宣传教育。\n2. 加强安全培训:组织各类安全培训。\n\
                二、建筑行业\n1. 严格施工管理:加强对建筑工程施工环节的监督。\n\
                2. 加强施工现场安全:完善现场安全管理制度。\n\
                三、化工行业\n1. 加强危险化学品安全管理:加强对危险化学品的监管。\n";
    let plan = parse_text(text);
    assert_eq!(plan.tasks.len(), 5, "{:?}", plan.kind);
    assert!(plan.tasks.iter().all(|t| t.units.is_empty()));
    // in a list of duties by unit, each heading still gives its items their unit
    let duties =
        "清溪县安全生产责任清单\n一、县应急管理局\n1. 负责综合监管。\n2. 负责组织应急演练。\n\
                  二、县住房城乡建设局\n1. 负责建筑施工安全监管。\n";
    let units: Vec<String> = parse_text(duties)
        .tasks
        .iter()
        .flat_map(|t| t.units.iter().map(|u| u.name.clone()))
        .collect();
    assert_eq!(units, ["县应急管理局", "县应急管理局", "县住房城乡建设局"]);
}

#[test]
fn unnumbered_lines_under_a_month_are_its_items() {
    let text = "清溪幼儿园2025年保教工作计划\n二、月份安排\n三月主题：春天来了\n\
                组织幼儿开展春游踏青活动，各班教师负责，3月20日前完成。\n\
                开展植树节亲子活动。\n四月份：\n开展爱国主义主题教育周活动，\n各班同步开展，4月底前完成。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("组织幼儿", &["3月20日前"]),
            due("开展植树", &["三月"]),
            // a line that does not end its sentence wraps onto the next
            due("开展爱国", &["4月底前"]),
        ]
    );
}

#[test]
fn headings_that_only_look_like_reports_keep_their_tasks() {
    let text = "清溪小学2025年教学工作计划\n一、努力提高教学成绩\n1、抓好集体备课，每周一次。\n\
                2、加强培优辅差。\n二、学习推广先进经验\n1、组织教师外出学习培训。\n\
                三、全面摸清学生底数情况\n1、逐户核查适龄儿童入学情况。\n";
    assert_eq!(openings_and_deadlines(text).len(), 4);
}

#[test]
fn an_untitled_schedule_is_a_plan_by_its_months() {
    // a page that starts inside the plan: no title, no units, the months say when
    let text = "三、各月工作安排\n二月份:\n1、做好开学前的各项准备工作\n2、稳定幼儿情绪\n\
                3、园务会议,布置新学期的各项工作\n三月份:\n1、庆“三八”活动\n\
                2、各班加强常规训练\n3、加强春季卫生保健工作\n";
    let plan = parse_text(text);
    assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
    let dues: Vec<String> = plan
        .tasks
        .iter()
        .map(|t| t.deadlines.iter().map(|d| d.raw.clone()).collect())
        .collect();
    assert_eq!(
        dues,
        ["二月份", "二月份", "二月份", "三月份", "三月份", "三月份"]
    );
}

#[test]
fn a_bracket_naming_its_units_before_a_convention_closes_its_sentences() {
    // each bracket first assigns the sentences before it, then states a rule for the
    // whole plan (明确牵头部门的…下同; 列第一者为牵头单位，下同)
    let text = "湖南省2014年政府工作报告分工方案\n一、全面落实改革开放目标任务\n\
                （一）促进多种所有制经济共同发展。毫不动摇巩固和发展公有制经济。深化企业管理体制改革\
                （分管副省长负责，省国资委牵头。明确牵头部门的，有关部门配合，不逐一列出，下同）。\
                毫不动摇鼓励非公有制经济发展（分管副省长负责，省经信委、省发改委负责。\
                责任单位两个以上的，列第一者为牵头单位，下同）。推进工商注册制度便利化，\
                削减资质认定项目（分管副省长负责，省工商局牵头）。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("省国资委", UnitRole::Lead)],
            vec![
                ("省经信委", UnitRole::Lead),
                ("省发改委", UnitRole::Responsible)
            ],
            vec![("省工商局", UnitRole::Lead)],
        ]
    );
}

#[test]
fn a_convention_worded_in_its_own_way_still_makes_the_first_unit_lead() {
    // 排在前位为牵头部门 says what 列第一位为牵头单位 says: the first unit listed leads, in
    // this task and the ones after it
    let text = "肥城市土壤污染防治工作方案\n一、开展土壤污染调查\n\
                1.深入开展土壤环境质量调查。2018年10月底前查明农用地土壤污染面积。\
                （责任单位：市环保局、市国土资源局，市财政局、市农业局。排在前位为牵头部门，下同。）\n\
                2.建设土壤环境质量监测网络。2019年底前完成监测点位布设。\
                （责任单位：市国土资源局、市环保局）\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("市环保局", UnitRole::Lead),
                ("市国土资源局", UnitRole::Responsible),
                ("市财政局", UnitRole::Responsible),
                ("市农业局", UnitRole::Responsible)
            ],
            vec![
                ("市国土资源局", UnitRole::Lead),
                ("市环保局", UnitRole::Responsible)
            ],
        ]
    );
    // the unit that leads, placed first (牵头单位排在第一位), says the same…
    let placed = text.replace("排在前位为牵头部门，下同", "牵头单位排在第一位，下同");
    assert_eq!(
        units_and_roles(&parse_text(&placed))[1][0].1,
        UnitRole::Lead
    );
    // …a ranking that names a lead (排名第一的是牵头抓总的…) states no convention
    let ranked = text.replace(
        "排在前位为牵头部门，下同",
        "考核中排名第一的是牵头抓总的市发改委",
    );
    assert!(units_and_roles(&parse_text(&ranked))[1]
        .iter()
        .all(|u| u.1 == UnitRole::Responsible));
}

#[test]
fn a_bare_list_before_a_convention_run_on_in_its_bracket_assigns_its_task() {
    // no 负责 closes the list: the names alone, then the convention and a note for the rest
    let text = "某市贯彻落实若干措施实施方案\n\n一、加强民营经济资源要素支持\n\
                （一）强化财税政策保障。依规加大减税降费力度。（市税务局、市财政局，各县市、区政府，\
                列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）\n\
                （二）加强产业基金支持。发挥产业基金引领作用。（市发展改革委、市财政局）\n";
    assert_eq!(
        units_and_roles(&parse_text(text)),
        [
            vec![
                ("市税务局", UnitRole::Lead),
                ("市财政局", UnitRole::Responsible),
                ("各县市", UnitRole::Responsible),
                ("区政府", UnitRole::Responsible),
            ],
            vec![
                ("市发展改革委", UnitRole::Lead),
                ("市财政局", UnitRole::Responsible)
            ],
        ]
    );
}

#[test]
fn a_convention_run_on_in_the_first_tasks_bracket_still_assigns_it() {
    // the units before the convention, after a comma (`…等负责，列第一位者为牵头单位，下同`)
    // or a stop with the last name unknown to the vocabulary (`…中储粮株洲直属库。排名第一的为
    // 牵头单位，下同`), are the first task's own
    let text = "某市关于进一步做好就业创业工作的实施意见\n\n一、深入实施就业优先战略\n\
                （一）建立就业联动机制。把稳定和扩大就业作为经济运行的下限。\
                （市发展改革委、市经济和信息化委、市财政局等负责，列第一位者为牵头单位，下同）\n\
                （二）发展吸纳就业能力强的产业。挖掘第二产业就业潜力。\
                （市商务局、市经济和信息化委负责）\n";
    let first = [
        ("市发展改革委", UnitRole::Lead),
        ("市经济和信息化委", UnitRole::Responsible),
        ("市财政局", UnitRole::Responsible),
    ];
    assert_eq!(
        units_and_roles(&parse_text(text)),
        [
            first.to_vec(),
            vec![
                ("市商务局", UnitRole::Lead),
                ("市经济和信息化委", UnitRole::Responsible)
            ],
        ]
    );
    let listed = text.replace(
        "市财政局等负责，列第一位者为牵头单位，下同",
        "市财政局、中储粮株洲直属库。排名第一的为牵头单位，下同",
    );
    let plan = parse_text(&listed);
    let read = units_and_roles(&plan);
    assert_eq!(read[0][..3], first);
    assert_eq!(read[0][3], ("中储粮株洲直属库", UnitRole::Responsible));
    // without the convention, such a list names the places worked on, not who works
    let places = text.replace(
        "（市发展改革委、市经济和信息化委、市财政局等负责，列第一位者为牵头单位，下同）",
        "（医疗机构、养老机构、福利机构、农贸市场）",
    );
    assert!(units_and_roles(&parse_text(&places))[0].is_empty());
    // a convention naming the lead 工作牵头单位 is one too: it names no unit
    let work = text.replace(
        "（市发展改革委、市经济和信息化委、市财政局等负责，列第一位者为牵头单位，下同）",
        "\n责任单位：市发展改革委、市经济和信息化委、市财政局\
         （列第一位者为工作牵头单位或汇总单位，下同）",
    );
    let plan = parse_text(&work);
    assert_eq!(units_and_roles(&plan)[0], first);
    // …and words before 下同 that do not end as a statement are no units of the task, though
    // they word the convention in a way no pattern knows
    let odd = work.replace("为工作牵头单位", "为工作总牵头单位");
    let plan = parse_text(&odd);
    let names: Vec<&str> = units_and_roles(&plan)[0].iter().map(|u| u.0).collect();
    assert_eq!(names, ["市发展改革委", "市经济和信息化委", "市财政局"]);
}

#[test]
fn levels_of_one_name_stay_one_unit_and_a_rule_for_the_tasks_below_reaches_them() {
    // 各县、区人民政府 is one collective, not 各县 and 区人民政府; 以下各项工作均需…不再列出
    // gives it to every task after
    let text = "潮州市打赢蓝天保卫战实施方案\n一、工作任务\n\
                1.制定实施准入清单。〔市生态环境局牵头，市发展和改革局参与。\
                以下各项工作均需各县、区人民政府(管委会)落实，不再列出。〕\n\
                2.开展锅炉综合整治。〔市市场监管局牵头，各市、县、区人民政府配合〕\n\
                3.推进扬尘治理。〔市住房城乡建设局牵头，各区、市财政局配合〕\n\
                4.加强建后管护。〔市农业农村局牵头，各区、市直有关部门、各市、县（市、区）人民政府配合〕\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("市生态环境局", UnitRole::Lead),
                ("市发展和改革局", UnitRole::Cooperating),
                ("各县、区人民政府（管委会）", UnitRole::Responsible)
            ],
            vec![
                ("市市场监管局", UnitRole::Lead),
                ("各市、县、区人民政府", UnitRole::Cooperating),
                ("各县、区人民政府（管委会）", UnitRole::Responsible)
            ],
            // a level and a department of one are two units
            vec![
                ("市住房城乡建设局", UnitRole::Lead),
                ("各区", UnitRole::Cooperating),
                ("市财政局", UnitRole::Cooperating),
                ("各县、区人民政府（管委会）", UnitRole::Responsible)
            ],
            // a level and a level's body in brackets and all (县（市、区）人民政府) are one
            vec![
                ("市农业农村局", UnitRole::Lead),
                ("各区", UnitRole::Cooperating),
                ("市直有关部门", UnitRole::Cooperating),
                ("各市、县（市、区）人民政府", UnitRole::Cooperating),
                ("各县、区人民政府（管委会）", UnitRole::Responsible)
            ],
        ]
    );
    assert!(plan.tasks[1].units[2].inherited);
}

#[test]
fn a_department_division_line_assigns_and_the_leader_line_names_a_person() {
    let text = "2021年省政府工作报告重点任务分工方案\n一、主要预期目标\n\
                1.地区生产总值增长6%以上。\n分管省领导:林克庆\n\
                部门分工:省发展改革委牵头,各地、各部门配合。\n\
                2.地方一般公共预算收入增长5%左右。\n分管省领导:林克庆\n\
                部门分工:省财政厅牵头,各地配合。\n";
    let plan = parse_text(text);
    let leads: Vec<Vec<&str>> = plan
        .tasks
        .iter()
        .map(|t| {
            t.units
                .iter()
                .filter(|u| u.role == UnitRole::Lead)
                .map(|u| u.name.as_str())
                .collect()
        })
        .collect();
    assert_eq!(leads, [vec!["省发展改革委"], vec!["省财政厅"]]);
    assert!(plan
        .tasks
        .iter()
        .all(|t| t.units.iter().all(|u| u.name != "林克庆")));
}

#[test]
fn a_rectification_list_assigns_each_problem_in_its_requirement_line() {
    // no title: each numbered problem, then `整改要求：由…负责…` naming who fixes it (a
    // town, a list of units after a role word)
    let text = "1、西大桥沿线有垃圾死角。\n整改要求:由县环卫站负责清除上述地段垃圾死角。\n\
                2、迎宾大道围墙上有野广告。\n整改要求:由包片单位县气象局负责清除。\n\
                3、原安运司院落内杂物乱堆。\n整改要求:由包片单位县供销社负责督促业主清理。\n\
                4、迎宾大道沿线旱厕外露。\n整改要求:由城关镇负责组织拆除旱厕。\n\
                5、沿线商户出店占道经营。\n整改要求:按照先劝阻、再强制的要求,由沿线包片单位县职教中心、县消防大队、县交通局负责开展劝阻教育。\n";
    let plan = parse_text(text);
    let units = unit_names(&plan);
    assert_eq!(
        units,
        [
            vec!["县环卫站"],
            vec!["县气象局"],
            vec!["县供销社"],
            vec!["城关镇"],
            vec!["县职教中心", "县消防大队", "县交通局"],
        ],
        "{:?}",
        plan.kind
    );
}

#[test]
fn a_plan_in_unnumbered_prose_has_a_task_per_paragraph_of_its_sequence() {
    let text = "乡镇2019年爱国卫生工作计划\n                    为进一步提升乡镇环境卫生质量，本乡镇特制定2019年爱国卫生工作计划。\n                    首先，我们将加强环境卫生整治力度。重点对乡镇主干道进行定期清扫和维护，确保垃圾日产日清。\n                    在文化建设和居民活动方面，计划全年开展丰富多彩的文化娱乐活动，增强邻里之间的交流。\n                    其次，注重病媒生物防制工作。结合季节特点，开展春季灭鼠、夏季灭蚊蝇等专项活动。\n                    总之，通过实施以上措施，我们有信心全面提升乡镇的整体卫生水平。\n";
    let texts: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["首先，我们将", "在文化建设和", "其次，注重病"]);
    // a work plan's 一是/二是 paragraphs under its intro
    let text = "椿树街道2021年度工作思路\n街道重点抓好以下几个方面工作:\n                    一是进一步落实管党治党责任。树牢“抓好党建是最大政绩”的意识，压实管党治党政治责任。\n                    二是进一步强化政务功能保障。营造一流政务环境，保障驻区中央单位高效开展工作。\n";
    let texts: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["一是进一步落", "二是进一步强"]);
    // a township's plan bulleting its items with dashes
    let text = "谭家寨乡人民政府2023年工作计划\n2023年工作的总体要求是：以推动高质量发展为主题。\n\
                ——让乡村旅游“火起来”。我乡将以楠木桥景区创建为重点，加快风光带建设步伐。\n\
                ——让特色产业“兴起来”。大力发展茶叶、柑橘等特色产业，做强产业链条。\n";
    let plan = parse_text(text);
    assert_eq!(titles(&plan), ["让乡村旅游“火起来”", "让特色产业“兴起来”"]);
}

#[test]
fn sequence_paragraphs_before_a_numbered_list_are_its_preamble() {
    let text = "清溪县2025年文化工作要点\n近年来，我县公共文化服务体系建设取得积极成效：\n\
                一是设施网络不断完善，建成城市书房8个、乡镇综合文化站12个。\n\
                一、完善公共文化设施。推进乡镇综合文化站提档升级。（责任单位：县文旅局）\n\
                二、丰富群众文化活动。全年开展送戏下乡100场。（责任单位：县文化馆）\n";
    let texts: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["完善公共文化", "丰富群众文化"]);
}

#[test]
fn a_report_of_work_done_assigns_nothing_by_its_subjects() {
    // a 总结和工作思路 whose page ends inside the summary: its subjects did the work
    let text = "建设街道2022年工作总结和2023年工作思路\n一、2022年工作总结\n                    (一)时刻坚持“如履薄冰”，基层治理更加优化\n                    一是风险源头治理。街道在今年1月中旬成为全区首个信访积案清零的主体。\n";
    assert!(tasks(text).is_empty());
}

#[test]
fn one_line_after_the_last_of_several_problems_assigns_each_of_them() {
    // a unit heading over its problems, then `问题整改责任单位：… 整改时限：3天`: the
    // qualifier belongs to the label, and the line to every problem above it
    let text = "创文问题整改工作方案\n一、具体问题\n1. 市科技馆\n(1)院内电动车未按指定区域停放;\n\
                (2)灭火器过期未更换;\n(3)意见簿记录不规范。\n问题整改责任单位:市科技馆 整改时限:3天\n\
                2. 市第二人民医院\n(1)院内禁烟标识数量不达标;\n(2)宣传牌内容不规范。\n\
                问题整改责任单位:市卫生健康委员会 整改时限:5天\n";
    let plan = parse_text(text);
    let read: Vec<(Vec<&str>, Vec<&str>)> = plan
        .tasks
        .iter()
        .map(|t| {
            (
                t.units.iter().map(|u| u.name.as_str()).collect(),
                t.deadlines.iter().map(|d| d.raw.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (vec!["市科技馆"], vec!["3天"]),
            (vec!["市科技馆"], vec!["3天"]),
            (vec!["市科技馆"], vec!["3天"]),
            (vec!["市卫生健康委员会", "市第二人民医院"], vec!["5天"]),
            (vec!["市卫生健康委员会", "市第二人民医院"], vec!["5天"]),
        ]
    );
}

#[test]
fn a_phrase_describing_a_group_does_not_assign_a_prose_plan() {
    // `…青年集聚的团组织作为试点` is no unit organising work: all three items are tasks
    let text = "2024年团青工作计划篇1\n一、学习贯彻会议精神\n\
                1、开展学习系列活动。选取企业、机关、社区等不同类型青年集聚的团组织作为试点单位,开展探索和创新。\n\
                2、积极参与社区管理和服务。依托青年志愿者宣讲队开展形势任务宣讲。\n\
                二、激发青年活力\n3、成立青少年事务中心。坚持需求导向,挂牌成立青少年事务中心。\n";
    let plan = parse_text(text);
    assert_eq!(plan.tasks.len(), 3, "{:?}", plan.kind);
    assert!(plan.tasks.iter().all(|t| t.units.is_empty()));
}

#[test]
fn a_schedule_and_the_work_items_before_it_are_all_tasks() {
    // one item names its doers (`各课题组、学科组落实`): the plan still assigns in prose
    let text = "幼儿园2024年秋季学期工作计划\n（一）保育保健工作\n\
                1.体现保育工作的全员性。\n2.强调保育工作的科学性。\n\
                二、每月工作重点\n九月份：\n1、热情接待幼儿，稳定幼儿情绪。\n\
                2、各课题组、学科组落实本学期的学期目标和活动计划。\n\
                十月份：\n1、结合国庆节开展爱祖国、爱家乡的教育。\n2、组织教师英语培训活动。\n\
                3、改选家长委员会，召开第一次家委会。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("体现保育", &[]),
            due("强调保育", &[]),
            due("热情接待", &["九月份"]),
            due("各课题组", &["九月份"]),
            due("结合国庆", &["十月份"]),
            due("组织教师", &["十月份"]),
            due("改选家长", &["十月份"]),
        ]
    );
}

/// The opening of each task's text.
fn task_openings(text: &str) -> Vec<String> {
    tasks(text).into_iter().map(|(_, t)| t).collect()
}

#[test]
fn sub_items_are_their_items_work_unless_each_names_its_units_or_its_time() {
    let text = "乡镇重点工作安排\n\n（一）扎实做好村两委换届选举工作。要精心组织实施换届选举。\n\n\
                （二）打造党建示范单位。一是扎实抓好党建示范村的建设，带动全镇党建活动；\
                二是积极申报党建示范区，重点打造示范片区；三是要大力推行“党建+”模式。\n\n\
                （三）完成纪念馆建设。力争2021年7月1日正式开馆。\n";
    // under a heading's number, 一是, 二是, 三是 each opening a sentence are its list of work,
    // a task each (the heading's words leading the first)
    assert_eq!(
        task_openings(text),
        [
            "扎实做好村两",
            "打造党建示范",
            "二是积极申报",
            "三是要大力推",
            "完成纪念馆建"
        ]
    );
    // …but clauses of one sentence (`，二是…`), two sentences only, or sub-items of an item
    // numbered as a list's (`1.`) are the pieces of one item's work: the item is one task
    for (first, whole) in [
        (
            "（一）",
            "（二）打造党建示范单位，一是抓好示范村建设，二是申报示范区，三是推行“党建+”模式。",
        ),
        (
            "（一）",
            "（二）打造党建示范单位。一是抓好示范村建设；二是申报示范区。",
        ),
        (
            "1.",
            "2.打造党建示范单位。一是抓好示范村建设；二是申报示范区；三是推行“党建+”模式。",
        ),
    ] {
        let text = format!("乡镇重点工作安排\n\n{first}扎实做好村两委换届选举工作。\n\n{whole}\n");
        assert_eq!(task_openings(&text).len(), 2, "{whole}");
    }
    // …but sub-items that each say by when they are done are tasks of their own
    let dated =
        "乡镇重点工作安排\n\n（一）扎实做好村两委换届选举工作。要精心组织实施换届选举。\n\n\
                 （二）打造党建示范单位。一是3月底前建成党建示范村；\
                 二是6月底前申报党建示范区；三是年底前推行“党建+”模式。\n";
    assert_eq!(
        task_openings(dated),
        [
            "扎实做好村两",
            "打造党建示范",
            "二是6月底前",
            "三是年底前推"
        ]
    );
}

#[test]
fn sub_items_stating_their_units_or_sharing_the_items_are_read_so() {
    // each 一是 with a subject stated plainly (由…负责) is a task of its own
    let text = "XX镇2024年平安建设工作计划\n（一）抓好安全生产。\n\
                一是开展安全生产大排查，由镇安监站负责。\n二是开展消防安全宣传，由镇综治办负责。\n";
    let read = tasks(text);
    let units: Vec<&[String]> = read.iter().map(|(u, _)| u.as_slice()).collect();
    assert_eq!(
        units,
        [&["镇安监站".to_string()][..], &["镇综治办".to_string()][..]]
    );
    // dated sub-items under one unit field for the whole item stay one task with its units
    let text = "XX县高标准农田建设工作方案\n（一）做好项目前期工作。一是2月底前完成规划设计；\
                二是4月底前完成项目招标。（牵头单位：县农业农村局；配合单位：县财政局）\n";
    let read = tasks(text);
    assert_eq!(read.len(), 1, "{read:?}");
    assert_eq!(read[0].0, ["县农业农村局"]);
}

#[test]
fn a_dated_item_beside_items_naming_their_units_is_a_task() {
    // a list in prose naming its units systematically: an item naming none is context, unless
    // it says by when it is done
    let text = "XX县农村生活垃圾治理工作方案\n\
                （一）建立收运体系。组织开展收运体系建设，年底前实现全覆盖。\n\
                （二）加强运营监管。县城管局负责对垃圾收运企业开展考核。\n\
                （三）落实保洁经费。县财政局负责将农村保洁经费列入预算。\n";
    assert_eq!(
        task_openings(text),
        ["建立收运体系", "加强运营监管", "落实保洁经费"]
    );
}

#[test]
fn units_before_the_comma_lead_when_the_plan_says_so() {
    let text = "自贡市2022年政务公开重点工作任务分工方案\n\n一、强化重点领域信息公开\n\n\
                （一）加强稳增长信息公开。及时发布相关规划。（责任单位：市发展改革委、市商务局，\
                各区县政府。逗号前为牵头单位，下同）\n\n\
                （二）加强调结构信息公开。及时发布配套政策。（责任单位：市经济和信息化局，市文化广电旅游局）\n";
    let plan = parse_text(text);
    let roles: Vec<(Vec<&str>, Vec<&str>)> = plan
        .tasks
        .iter()
        .map(|t| {
            (
                t.units_in(UnitRole::Lead)
                    .map(|u| u.name.as_str())
                    .collect(),
                t.units_in(UnitRole::Responsible)
                    .map(|u| u.name.as_str())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        roles,
        [
            (vec!["市发展改革委", "市商务局"], vec!["各区县政府"]),
            (vec!["市经济和信息化局"], vec!["市文化广电旅游局"]),
        ]
    );
}

#[test]
fn a_titled_plan_assigning_only_in_its_requirements_has_its_work_items_as_tasks() {
    let text = "张店区投资促进局2024年政务公开工作方案\n\n一、指导思想\n\n以习近平新时代中国特色社会主义思想为指导。\n\n\
                三、2024年政务公开主要内容\n（一）机构职能。及时调整更新完善工作职责和机构设置。\n\
                （二）工作进展。及时发布本部门工作动态、通知公告等内容。\n\
                四、工作要求\n（一）强化组织领导。领导小组统筹推进，明确具体科室及专人负责。\n";
    // the requirement that names its unit is a task too
    assert_eq!(
        task_openings(text),
        ["机构职能。及", "工作进展。及", "强化组织领导"]
    );
}

#[test]
fn work_items_beside_one_whose_prose_names_its_units_are_tasks_too() {
    let text = "合水县2025年优势特色产业发展实施方案\n\n一、奶羊产业\n\n\
                （一）发展目标。持续完善奶羊全产业链条体系建设。\n\n\
                （二）重点工作。年内新增奶羊2.5万只。\n\n\
                1.新（扩）建养殖户。新建50只以上规模养殖户47个。\n\n\
                2.盘活闲置养殖场。全力盘活闲置养殖设施，打造养殖小区。\n\n\
                3.养殖场补栏。由各乡镇负责指派专组专人，研究对策，督促落实。\n";
    assert_eq!(
        task_openings(text),
        ["新（扩）建养", "盘活闲置养殖", "养殖场补栏。"]
    );
    let read = tasks(text);
    assert_eq!(read[2].0, ["各乡镇"], "{read:?}");
    assert!(read[0].0.is_empty(), "{read:?}");
    // a sentence opening with a preposition names no subject (与高新区积极对接…)
    let with = "某镇2021年工作计划\n\n（一）加快城乡融合发展\n\n\
                与高新区积极对接，共建数字经济产业基地。\n";
    let read = tasks(with);
    assert!(read.iter().all(|(units, _)| units.is_empty()), "{read:?}");
}

#[test]
fn work_items_of_a_plan_assigning_only_by_plain_subjects_are_tasks() {
    // the only assignment is a sentence's subject with 负责 under 责任分工: the work items of
    // 工作要点 that name no unit are tasks too
    let text = "某镇2023年秋冬季森林防灭火工作实施方案\n\n\
                为保护群众生命财产安全，特制定本方案。\n\n一、工作要点\n\n\
                （一）群防群控。加强森林防灭火应急队伍的建设，形成齐抓共管的工作格局。\n\n\
                （二）突出重点。加强防火宣传教育、严格野外用火管理。\n\n二、责任分工\n\n\
                （一）各村负责辖区内防灭火工作。管理好本村的应急队伍。\n";
    assert_eq!(
        task_openings(text),
        ["群防群控。加", "突出重点。加", "各村负责辖区"]
    );
    assert_eq!(tasks(text)[2].0, ["各村"]);
    // …but a duty list under its units' headings gains no heading as a task
    let duties = "某区政务公开责任清单\n\n一、区级部门职责\n\n（一）区民政局\n\n\
                  1.负责编制并公开社会救助领域基层政务公开标准目录。\n\n\
                  2.负责公开最低生活保障等政策文件和办理流程。\n\n\
                  二、区财政局牵头工作（2项）\n\n1.公开社会救助资金预算安排及执行情况。\n";
    assert_eq!(
        task_openings(duties),
        ["负责编制并公", "负责公开最低", "公开社会救助"]
    );
}

#[test]
fn an_actions_theme_and_time_are_no_tasks() {
    let text =
        "某区森林防火春季专项行动实施方案\n\n一、行动主题\n\n创建平安春季，建设生态家园。\n\n\
                二、时间安排\n\n2013年1月10日至4月30日。\n\n三、行动内容\n\n\
                1、开展野外火源集中整治活动。各镇集中时间开展专项整治。\n\n\
                2、开展森林防火宣传月活动。营造浓厚的森林防火工作氛围。\n";
    assert_eq!(openings(text), ["开展野外", "开展森林"]);
    // how the work is overseen is no work of its own
    let way =
        "某小区环境整治方案\n\n一、工作方式：采取志愿者分区督办的方式，直至整改任务完成。\n\n\
               二、整改内容\n\n1、小广告清理至三楼以上，保证无死角。\n\n\
               2、要保证小区内垃圾箱成对摆放，清运及时。\n";
    assert_eq!(openings(way), ["小广告清", "要保证小"]);
}

#[test]
fn items_numbered_without_their_stop_go_on_from_the_list() {
    let text = "第二学期幼儿园工作计划\n\n二、主要工作任务和要求：\n\n\
                1、加强本园教研组的建设和管理制度。\n\n\
                2围绕农村幼儿园本土化教育资源的利用开展教学活动。\n\n\
                3:定期组织教师学习优秀的教育活动和教育思想的文章。\n\n\
                4、加强幼儿园的安全管理，组织全园教职员工学习。\n\n\
                3天内完成园所环境创设的检查。\n";
    assert_eq!(
        openings(text),
        ["加强本园", "围绕农村", "定期组织", "加强幼儿"]
    );
}

#[test]
fn a_sentence_introducing_duties_makes_each_unit_paragraph_a_task() {
    let text = "为确保按时完成任务，现将各单位在村庄环境整治工作中的任务作如下明确：\n\
                区住建局负责全区村庄环境整治总协调工作，指导督查康居乡村的创建。\n\
                区委农办要结合全区建设任务，负责指导督查新社区建设。\n\
                区财政局负责村庄环境整治专项经费的落实，确保资金的安全运行。\n";
    let read = tasks(text);
    let units: Vec<Vec<String>> = read.iter().map(|(u, _)| u.clone()).collect();
    assert_eq!(
        units,
        [vec!["区住建局"], vec!["区委农办"], vec!["区财政局"]],
        "{read:?}"
    );
}

#[test]
fn a_short_heading_over_its_body_lines_is_a_work_item() {
    let text = "乡镇环境卫生整治方案\n\n三、主要任务\n（一）村居环境整治\n\
                农村的环境卫生整治工作要按照要求，集中解决农村的脏乱差问题。\n\
                （二）道路环境整治\n清理道路两侧垃圾。\n";
    let read = tasks(text);
    assert_eq!(read.len(), 2, "{read:?}");
}

#[test]
fn an_item_naming_a_group_over_its_duties_is_the_groups_task() {
    let text = "街道疫情联防联控工作方案\n\n三、任务分工\n\n\
                1、综合协调组。\n工作职责：负责起草疫情防控工作重要文件。\n\n\
                2、宣传组。\n工作职责：负责面向群众的宣传教育。\n\n\
                3、加强督导检查。\n负责同志要定期检查。\n";
    let read = tasks(text);
    let units: Vec<Vec<String>> = read.iter().map(|(u, _)| u.clone()).collect();
    // (the third names no unit, where its list names them systematically: context)
    assert_eq!(
        units,
        [vec!["综合协调组".to_owned()], vec!["宣传组".to_owned()]],
        "{read:?}"
    );
}

#[test]
fn an_untitled_notices_item_opening_with_work_is_work_beside_assigned_ones() {
    // a page that lost its title: two items give their work to units, the one between them
    // opens with a verb of work and names none — work whose doer goes unsaid
    let text = "区直各有关单位：\n现将有关要求通知如下：\n\
                一、加强驾驶人员管理。区公安局要全面排查重点车辆驾驶员。\n\
                二、强化重点路段管控。开展穿村过镇路段隐患排查。\n\
                三、严格运输企业监管。区交通建设局要督促企业落实主体责任。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [vec!["区公安局"], vec![], vec!["区交通建设局"]],
        "{:?}",
        plan.kind
    );
}

#[test]
fn a_work_item_seeing_to_duties_is_no_heading_of_duties() {
    // `明确工作职责` opens with a verb of work: under it, safeguards, not the units' tasks
    let text = "清溪县2024年爱国卫生运动工作方案\n\n二、重点任务\n\n\
                （一）开展城乡环境卫生整洁行动。集中清理卫生死角。（县爱卫办牵头，各乡镇负责）\n\n\
                三、保障措施\n\n（一）明确工作职责\n\n\
                县政府成立爱国卫生运动工作领导小组，领导小组办公室设在县卫健局。\n\n\
                县财政局要将爱国卫生工作经费纳入年度预算。\n";
    let read = tasks(text);
    assert_eq!(read.len(), 1, "{read:?}");
    // `成员单位职责` heads the units' duties: each paragraph's unit, no 成员单位 as its lead
    let text = "清溪县农村人居环境整治提升实施方案\n\n一、重点任务\n\n\
                （一）推进农村厕所革命。新改建农村户用卫生厕所2000户。（县农业农村局牵头，各乡镇负责）\n\n\
                二、成员单位职责\n\n1.县住建局：负责农村生活垃圾收运处置体系建设。\n\n\
                2.县财政局：负责落实农村人居环境整治提升资金。\n";
    let plan = parse_text(text);
    let names = unit_names(&plan);
    assert_eq!(
        names,
        [
            vec!["县农业农村局", "各乡镇"],
            vec!["县住建局"],
            vec!["县财政局"]
        ]
    );
}

#[test]
fn a_list_of_check_criteria_is_no_work() {
    // what an inspection looks at (`…是否完整`), then the campaign's steps
    let text = "清溪县混凝土搅拌站专项整治工作方案\n\n二、整治内容\n\n（一）审批手续情况\n\n\
                1.临时用地审批手续是否完整；\n\n2.项目立项是否备案；\n\n\
                3.规划审批手续是否符合城市规划要求；\n\n4.环评手续是否完整。\n\n\
                三、实施步骤\n\n（一）自查自纠阶段（2026年4月）。对照整治内容开展自查。\n\n\
                （二）集中整治阶段（2026年5月）。组织开展集中整治。\n";
    let plan = parse_text(text);
    let titles = long_openings(&plan);
    assert_eq!(titles, ["自查自纠阶段", "集中整治阶段"]);
}

#[test]
fn a_bracket_closing_each_lists_last_item_assigns_the_whole_list() {
    // the plan prints each group's assignment after its last item; its other items name none
    let text = "清溪县乡村旅游提升行动方案\n\n（一）编制乡村旅游发展规划\n\n\
                1.打造乡村旅游延伸产品。推进打造一批特色村。\n\n\
                2.推动景村一体化。打造乡村旅游精品线路。\n\n\
                3.集成打造风情小镇。形成特色小镇产品体系。（责任单位：县文旅局、县规划局）\n\n\
                （二）丰富乡村旅游业态\n\n\
                1.打造特色餐饮。挖掘乡村特色美食。\n\n\
                2.开发创意商品。开发乡村旅游商品。（责任单位：县商务局）\n";
    let units = |text: &str| -> Vec<Vec<String>> {
        parse_text(text)
            .tasks
            .iter()
            .map(|t| t.units.iter().map(|u| u.name.clone()).collect())
            .collect()
    };
    let both = vec!["县文旅局".to_owned(), "县规划局".to_owned()];
    let trade = vec!["县商务局".to_owned()];
    assert_eq!(
        units(text),
        [
            both.clone(),
            both.clone(),
            both.clone(),
            trade.clone(),
            trade.clone()
        ]
    );
    // in one list only, the bracket is its last item's own
    let one = &text[..text.find("（二）").unwrap_or(text.len())];
    assert_eq!(units(one), [vec![], vec![], both]);
}

#[test]
fn a_list_of_works_naming_a_facility_now_and_then_names_no_units() {
    // `2.游客服务中心。` and `3.旅游厕所。` name works, as their siblings do, not their doers
    let text = "清溪县乡村旅游提升行动方案\n\n（二）实施乡村旅游基础设施提质升级\n\n\
                1.乡村旅游公路。加快改造提升乡村旅游低等级公路。\n\n\
                2.游客服务中心。新建或改建规模适度的游客服务中心。\n\n\
                3.旅游厕所。推进旅游厕所建设。\n\n\
                4.公共停车场。新建乡村旅游停车场。\n\n\
                5.导览标识系统。完善乡村旅游导览标识。\n";
    let plan = parse_text(text);
    assert_eq!(plan.tasks.len(), 5);
    assert!(
        plan.tasks.iter().all(|t| t.units.is_empty()),
        "{:?}",
        plan.tasks
    );
}

#[test]
fn a_unit_whose_duties_open_with_qiantou_leads_them() {
    // `X：牵头负责…` leads; `Y：负责…` and `Z：配合做好…` are each unit's own duty
    let text = "清溪县2016年黄标车淘汰工作方案\n\n四、职责分工\n\n\
                （一）县环境保护局：牵头负责黄标车淘汰工作，督促、调度工作进展。\n\n\
                （二）县财政局：负责下拨财政补贴资金。\n\n\
                （三）各乡镇人民政府：配合做好政策宣传及动员工作。\n";
    let plan = parse_text(text);
    let roles = units_and_roles(&plan);
    assert_eq!(
        roles,
        [
            vec![("县环境保护局", UnitRole::Lead)],
            vec![("县财政局", UnitRole::Responsible)],
            vec![("各乡镇人民政府", UnitRole::Responsible)]
        ]
    );
}

#[test]
fn a_headings_bracket_naming_its_lead_leads_the_items_under_it() {
    // the heading (…牵头) is no task; each item keeps its own 责任单位 and takes the lead, and a
    // lead named again as an item's 责任单位 leads it
    let text = "某县农村人居环境整治工作分工方案\n\n\
                一、整治提升村容村貌（县委农办、县农业农村局牵头）\n\n\
                1.提升村庄公共环境。清理私搭乱建。（责任单位：县委农办、县农业农村局）\n\n\
                2.加强乡村建筑风貌引导。加快改造农村危房。（责任单位：县住房和城乡建设局）\n\n\
                二、推进厕所革命（县卫健局牵头）\n\n\
                1.推进户厕改造。完成户厕改造1000户。（责任单位：各镇街）\n";
    let plan = parse_text(text);
    let roles = units_and_roles(&plan);
    assert_eq!(
        roles,
        [
            vec![
                ("县委农办", UnitRole::Lead),
                ("县农业农村局", UnitRole::Lead)
            ],
            vec![
                ("县委农办", UnitRole::Lead),
                ("县农业农村局", UnitRole::Lead),
                ("县住房和城乡建设局", UnitRole::Responsible)
            ],
            vec![
                ("县卫健局", UnitRole::Lead),
                ("各镇街", UnitRole::Responsible)
            ]
        ]
    );
    // items naming no units of their own, two or more under a heading whose bracket (its stop
    // after it) assigns it: each is a task its units do, lead and responsible
    let unnamed = "某区2021年优化营商环境实施方案\n\n一、构建市场环境\n\n\
                   (一)深化商事制度改革(牵头单位:区市场监管局,责任单位:区政务服务办、区税务局)。\n\n\
                   1.优化开办企业服务。创新推进企业集群注册登记。\n\n\
                   2.增强开办企业平台功能。推广使用实名身份认证。\n";
    let plan = parse_text(unnamed);
    let led = [
        ("区市场监管局", UnitRole::Lead),
        ("区政务服务办", UnitRole::Responsible),
        ("区税务局", UnitRole::Responsible),
    ];
    assert_eq!(units_and_roles(&plan), [led.to_vec(), led.to_vec()]);
    // …one item alone is the heading's own work: the heading is the task
    let one = unnamed.replace("2.增强开办企业平台功能。推广使用实名身份认证。\n", "");
    let plan = parse_text(&one);
    assert_eq!(plan.tasks.len(), 1);
    assert!(plan.tasks[0].text.value.starts_with("深化商事制度改革"));
}

#[test]
fn a_unit_label_over_numbered_lines_of_units_takes_them_all() {
    // `责任单位：` then `（1）城管局负责…；` `（2）交通局负责国道。`: the lines are the label's
    // value, no tasks of their own, and their numbers are no part of the names
    let text = "某市环境卫生整治方案\n\n二、主要任务\n\n\
                1.加强清扫保洁。认真落实环境卫生管理制度，推进垃圾定时收集。\n\
                责任单位：\n（1）城管局负责城区街道；\n（2）交通局负责国道。\n\n\
                2.清理积存垃圾。全面清理积存垃圾。\n\
                责任单位：\n（1）城管局负责城区道路；\n（2）各镇负责辖区道路。\n";
    let plan = parse_text(text);
    let units = unit_names(&plan);
    assert_eq!(units, [vec!["城管局", "交通局"], vec!["城管局", "各镇"]]);
}

#[test]
fn in_a_list_of_duties_an_item_opening_with_its_unit_is_that_units_duty() {
    // most items say `X负责…`; one goes straight on with its work after the name
    let text = "某市治理车辆超限超载工作方案\n\n三、保障措施\n\n\
                （一）市财政局负责按计划及时核拨治超经费。\n\n\
                （二）市物价局负责制定卸载和保管的收费标准。\n\n\
                （三）市法制局负责治超法律法规和政策的衔接工作。\n\n\
                （四）市纠风办依法开展执法督导工作，查处行业不正之风。\n";
    let plan = parse_text(text);
    let units = unit_names(&plan);
    assert_eq!(
        units,
        [
            vec!["市财政局"],
            vec!["市物价局"],
            vec!["市法制局"],
            vec!["市纠风办"]
        ]
    );
}

#[test]
fn the_measures_under_a_problems_measures_label_are_its_text() {
    let text = "清河县水资源管理考核反馈问题整改方案\n\n二、整改措施\n\n\
                1. 重点河湖生态流量达标率不达标。\n整改措施：①建立生态流量保障机制。②持续做好断面流量监测。\n\
                整改时限：长期坚持\n责任单位：县水务局\n\n\
                2. 取水许可电子证照应用不充分。\n整改措施：\n（1）梳理取水许可审批事项。\n（2）开展专项检查。\n\
                整改时限：2026年6月底前\n责任单位：县水务局\n\n\
                3. 节水型社会建设达标复核滞后。\n（1）制定达标复核工作方案。（县水务局负责）\n\
                （2）开展公共机构节水型单位建设。（县机关事务服务中心负责）\n";
    let plan = parse_text(text);
    let read: Vec<(String, Vec<String>)> = plan
        .tasks
        .iter()
        .map(|t| {
            let head: String = t.text.value.chars().take(6).collect();
            (head, t.units.iter().map(|u| u.name.clone()).collect())
        })
        .collect();
    // the first two problems are one task each, their measures in their text; the third
    // lists no measures label, and its sub-items are tasks with their own units
    assert_eq!(read.len(), 4, "{read:?}");
    assert_eq!(read[0].1, ["县水务局"]);
    assert!(plan.tasks[0].text.value.contains("②持续做好断面流量监测"));
    assert!(plan.tasks[1].text.value.contains("（2）开展专项检查"));
    assert_eq!(read[2].1, ["县水务局"]);
    assert_eq!(read[3].1, ["县机关事务服务中心"]);
}

#[test]
fn under_a_heading_ending_in_work_duties_each_unit_paragraph_is_its_task() {
    // `七、救助抚养工作职责` over a general sentence, then one paragraph per unit
    let text = "清溪县重度残疾儿童救助抚养实施方案\n\n\
                一、工作目标\n\n全县重度残疾儿童应救尽救。\n\n\
                二、救助抚养工作职责\n\n\
                民政部门要组织做好重度残疾儿童的摸底筛查工作，提出分步安置计划。\n\n\
                财政部门要落实福利院护理人员经费和工作经费。\n\n\
                卫生部门要做好残疾鉴定工作，开展康复医疗等服务。\n";
    let read = tasks(text);
    let units: Vec<&[String]> = read.iter().map(|(u, _)| u.as_slice()).collect();
    assert_eq!(
        units,
        [
            &["民政部门".to_owned()][..],
            &["财政部门".to_owned()],
            &["卫生部门".to_owned()]
        ],
        "{read:?}"
    );
}

#[test]
fn under_a_duties_heading_each_unit_sentence_is_its_task() {
    let text = "清溪乡秋冬季禁止秸秆焚烧工作实施方案\n\n\
                一、工作目标\n\n全乡实现秸秆禁烧。\n\n\
                二、职责分工\n\n\
                按照属地管理的原则，各村是禁烧工作责任主体。\n\n\
                农业办积极开展农作物秸秆综合利用推广工作。\n\n\
                企管站做好禁止秸秆焚烧的现场检查工作。\n\n\
                派出所负责对焚烧秸秆违法行为依法查处。\n";
    let read = tasks(text);
    let units: Vec<&[String]> = read.iter().map(|(u, _)| u.as_slice()).collect();
    assert_eq!(
        units,
        [
            &["农业办".to_owned()][..],
            &["企管站".to_owned()],
            &["派出所".to_owned()]
        ],
        "{read:?}"
    );
}

#[test]
fn a_plans_aims_assign_nothing_by_their_subjects() {
    // the guiding thought names who leads the plan's owner (团委将在学校党委…领导下): no task
    let text = "2023年度学院团委工作计划\n一、指导思想。\n\
                2023年，团委将在学校党委、行政和上级团组织的正确领导下，深入学习贯彻党的精神，团结带领广大团员贡献青春力量。\n\
                二、工作内容。\n1、提升团员青年政治站位。继续把学习贯彻党的精神作为首要政治任务。\n\
                2、抓好学习型团组织建设。组织团员青年开展读书活动，建设学习型团组织。\n";
    assert_eq!(openings(text), ["提升团员", "抓好学习"]);
}

#[test]
fn the_objects_a_plan_covers_are_context() {
    // `一、对象` lists the counties and parks the campaign covers: no work of theirs
    let text = "2022年招商引资“百日攻坚”实施方案\n一、对象\n(一)三县:含山县、和县、当涂县。\n\
                (二)开发园区:经济技术开发区、慈湖高新区。\n二、目标\n\
                1、攻坚“洽谈未签约”重点项目\n紧盯全市重点在谈项目，力争年底前签约6个项目。\n\
                2、攻坚“签约未开工”重点项目\n促进签约项目尽快开工建设。\n";
    assert_eq!(openings(text), ["攻坚“洽", "攻坚“签"]);
}

#[test]
fn aims_named_by_their_owner_or_year_are_context_but_completing_them_is_work() {
    // (and so is an analysis of how things stand)
    let text = "2018学年第一学期语文教研组工作计划\n一、语文组及语文教学状况分析：\n\
                本学期，各班又重新组合。\n\
                二、语文教研组工作目标：争创优秀教研组；全面提高教学质量，争取取得优先地位。\n\
                三、本学期语文组主要工作：\n1、认真学习、研究新课程，全面贯彻素质教育。\n\
                2、确保完成全年工作目标，各备课组按期完成教学进度。\n";
    assert_eq!(openings(text), ["认真学习", "确保完成"]);
}

#[test]
fn a_years_measures_are_its_plan_and_its_targets_named_with_a_copula_are_context() {
    // `…2023年工作目标和工作措施`: the year's plan; `主要预期目标是：` states targets, not work
    let text = "乡镇2023年工作目标和工作措施\n\
                今年，全乡经济社会发展的总体思路是：以改善民生为主线，打好三大战役。\n\
                主要预期目标是：全乡工农业总产值增长10%，农民人均纯收入增加10%。\n\
                一、坚定不移强化产业支撑\n\
                一是大力配合抓好农业科技示范区建设。完成渠道整修，改善耕作条件。\n\
                二是提升特色产业。力争实现烟叶种植面积2100亩的目标。\n";
    // (the steps on lines of their own are tasks, the heading's words leading the first)
    assert_eq!(openings(text), ["坚定不移", "二是提升"]);
}

#[test]
fn a_heading_over_items_is_no_task_by_a_unit_it_names_in_passing() {
    // the heading names its field with a unit's words, or introduces its phases with them
    let text = "2024年统计执法检查工作计划\n一、工作安排\n\
                各地、各有关部门聚焦3个时间段，压茬推进。\n\
                （一）集中攻坚阶段（2024年8月至11月）。开展集中攻坚，深挖细查风险隐患。\n\
                （二）巩固提升阶段（2024年12月）。建立长效机制。\n\
                二、监督检查内容\n（一）政府统计机构依法履职情况的监督检查\n\
                1.对统计机构统计违法案件查处规范性进行检查。\n";
    assert_eq!(openings(text), ["集中攻坚", "巩固提升", "对统计机"]);
    // …but a unit opening the heading as who is to do the work (`县水利局要…`) gives its items
    // their unit
    let text =
        "某县2024年防汛工作方案\n一、工作任务\n（一）县水利局要全面做好水利工程安全度汛工作。\n\
                1.5月底前完成全县小型水库安全检查。\n2.汛期实行24小时值班制度。\n\
                （二）县气象局要加强气象监测预报。\n1.及时发布暴雨预警信息。\n";
    let got = tasks(text);
    assert!(
        got.iter().any(|(units, _)| units == &["县水利局"]),
        "{got:?}"
    );
}

#[test]
fn a_notices_few_requirements_are_no_tasks() {
    let text = "市政府督查室关于开展农村人居环境综合整治专项督查的通知\n一、重点督办事项\n\
                1.加快推进农村垃圾收储运一体化进程。（责任单位：城市管理执法大队、各乡镇场）\n\
                2.推进村村通、屯屯通工程。（责任单位：交通局、各乡镇场）\n\
                二、几点要求\n1.市直相关部门、各乡镇,对以上各项工作,要主动认领,对号入座,于7月17日下班前\
                将纸质版(单位主要领导签字并加盖公章)和电子版一并报市政府督查室(市政府三楼西侧)。\n\
                2.报告要做到内容翔实,简洁明了(主要内容包括:重点工作进展情况、存在问题、下步打算)。\n";
    assert_eq!(openings(text), ["加快推进", "推进村村"]);
}

#[test]
fn work_named_after_its_aim_keeps_its_unit_in_a_prose_plan() {
    // 实现年度目标 and 工程质量目标 are work items that say who does them; 清查单位基本情况 is
    // work on the units, not their situation
    let text = "XX县2024年义务教育均衡发展工作方案\n一、指导思想\n全县上下要坚持教育优先发展。\n\
                二、主要任务\n（一）实现年度目标\n县教育局负责，12月底前通过省级督导评估。\n\
                （二）工程质量目标\n县交通运输局负责，全年工程交工验收合格率达到100%。\n\
                （三）清查单位基本情况\n县统计局负责，3月底前完成单位清查。\n";
    assert_eq!(openings(text), ["实现年度", "工程质量", "清查单位"]);
}

#[test]
fn a_time_part_run_on_into_its_body_still_says_who_does_what_when() {
    // the plan's time, its heading run on without a stop, assigns its phase in prose
    let text = "XX县2024年春季动物疫病集中免疫工作方案\n一、免疫病种及范围\n对全县所有易感家畜家禽实施强制免疫。\n\
                二、时间安排春防工作自3月1日起至4月30日结束。准备阶段（3月1日至3月10日），县农业农村局负责，完成疫苗调拨。\n\
                三、工作措施\n（一）集中免疫。各乡镇人民政府负责，组织村级防疫员开展免疫注射。\n";
    let got = tasks(text);
    assert!(
        got.iter()
            .any(|(units, t)| t.starts_with("时间安排") && units == &["县农业农村局"]),
        "{got:?}"
    );
}

#[test]
fn a_plan_listing_its_work_only_under_its_aims_has_that_work_as_tasks() {
    let text = "疾病预防控制中心工作计划\n\n一、指导思想\n\n深入学习实践科学发展观，确保圆满完成各项年度工作目标。\n\n\
                二、主要工作目标\n\n（一）加强文化内涵建设，大力营造风清气正、干事创业的团队氛围。\n\n\
                （二）积极做好参照公务员法管理的有关工作，确保有序衔接。\n\n\
                （三）全市疫苗接种率达到95%以上。\n";
    // (a target stated as a figure is no work)
    assert_eq!(openings(text), ["加强文化", "积极做好"]);
    // (nor is the support the plan asks for)
    let supported = format!(
        "{text}\n三、保障措施\n\n（一）加大经费投入，保障疫苗采购资金到位。\n\n\
         （二）完善人员配置，充实专业技术力量。\n"
    );
    assert_eq!(openings(&supported), ["加强文化", "积极做好"]);
    // (a page with no title: its aims say nothing of what it is)
    let untitled = "一、总体目标\n\n全面优化营商环境。\n\n二、具体目标\n\n\
                    （一）完成企业开办全程网办，办理时间压缩至1个工作日。\n\n\
                    （二）加强信用体系建设，信用修复办理时间压缩至3个工作日。\n\n\
                    （三）推进“一件事一次办”，实现高频事项全覆盖。\n";
    assert!(openings(untitled).is_empty());
    // …and where the plan lists work elsewhere, its aims stay aims
    let text = format!("{text}三、主要工作任务\n\n（一）加强预警预测，抓实重点传染病防控工作。\n");
    assert_eq!(openings(&text), ["加强预警"]);
}

#[test]
fn a_verb_of_work_opening_an_item_makes_no_unit_of_the_name_after_it() {
    let text = "2020年精神文明建设工作计划\n\
                （一）做好创建工作总结，3月上报自治区精神文明建设工作领导小组。\n\
                （二）采取与中央文明办对接和深入基层上下结合两种办法，查找不足，形成报告。\n";
    let got = tasks(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].0.is_empty(), "{got:?}");
}

#[test]
fn who_an_event_invites_is_no_work_of_the_plan() {
    let text = "市数据局2025年政府开放日工作方案\n\n一、活动目的\n\n邀请人民群众走进数据局。\n\n\
                二、邀请对象\n\n根据活动内容，通过线上线下方式广泛征集开放对象，拟邀请市直有关部门代表参加。\n\n\
                三、活动内容\n\n（一）实地观摩。邀请活动代表参观西部云基地云展馆。\n\n\
                （二）座谈交流。介绍市数据局机构职能设置情况。\n";
    assert_eq!(openings(text), ["实地观摩", "座谈交流"]);
    // …but inviting, listed as items of their own, is work
    let text = "县人民医院2024年开放日活动方案\n\n一、活动目的\n\n让群众了解医院。\n\n\
                二、邀请对象\n\n1.邀请县人大代表、政协委员参观医院新院区。\n\n\
                2.组织社区居民代表参加义诊活动。\n";
    assert_eq!(openings(text), ["邀请县人", "组织社区"]);
}

#[test]
fn a_figure_run_into_a_numbers_stop_opens_an_item_only_after_a_sentence() {
    let text = "某县2022年民生实事项目实施方案\n1.新建城乡社区养老服务中心，覆盖\n2.50个行政村。\n\
                2.改造老旧小区12个。\n3.新增城市绿道100公里。\n";
    assert_eq!(openings(text), ["新建城乡", "改造老旧", "新增城市"]);
    let text = "某县2022年民生实事项目实施方案\n1.新建城乡社区养老服务中心。\n2.50个行政村实现污水治理。\n";
    assert_eq!(openings(text), ["新建城乡", "50个行"]);
}

#[test]
fn words_after_an_items_last_assignment_finish_its_last_sentence_group() {
    // two sentences with their own units are two tasks; the time limit after the second names
    // no unit and is no third task
    let text = "某县2024年政务公开工作要点\n\n一、深化重点领域信息公开\n\
                （一）推进财政信息公开。全面公开财政预算决算（县财政局牵头，各乡镇配合）。\
                加强专项资金公开（县审计局负责）。2024年6月底前完成。\n\
                （二）推进重大项目信息公开。及时公开项目审批情况。（县发改局牵头，2024年12月底前）\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("推进财政", &[]),
            due("加强专项", &["2024年6月底前"]),
            due("推进重大", &["2024年12月底前"]),
        ]
    );
    // a tail that goes on into a paragraph of its own units is a task of its own
    let text = "某县2024年政务公开工作要点\n\n一、深化重点领域信息公开\n\
                （一）推进财政信息公开（县财政局负责）。加强专项资金公开（县审计局负责）。\
                做好债务信息公开。\n责任单位：县财政局\n";
    assert_eq!(openings(text), ["推进财政", "加强专项", "做好债务"]);
}

#[test]
fn a_unit_heading_ending_in_a_colon_gives_its_unit_to_the_items_under_it() {
    let text = "某县信访工作方案\n\n三、主要任务\n（一）县信访局：\n\
                1、认真阅批群众来信，热情接待群众来访。\n2、承办上级机关交办的信访事项。\n\
                （二）县公安局：\n1、依法处置信访活动中的违法行为。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            [("县信访局", UnitRole::Responsible)],
            [("县信访局", UnitRole::Responsible)],
            [("县公安局", UnitRole::Responsible)]
        ]
    );
}

#[test]
fn a_unit_heading_naming_the_responsibility_it_bears_gives_its_unit_to_the_items_under_it() {
    let text = "换届风气监督责任清单\n\n一、党委：主体责任\n\
                1、切实加强领导和统筹，确保换届工作有序进行。\n2、认真做好谋划和部署。\n\
                二、纪委：监督责任\n1、严明换届纪律。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            [("党委", UnitRole::Responsible)],
            [("党委", UnitRole::Responsible)],
            [("纪委", UnitRole::Responsible)]
        ]
    );
}

#[test]
fn a_unit_heading_naming_its_tasks_gives_its_unit_and_its_helpers_to_the_items_under_it() {
    let text = "某县大气污染综合整治实施方案\n\n（八）县经济局主要工作任务:\n\
                1、督促重污染企业加快技术改造步伐。\n2、大力推进清洁生产。\n\
                （九）县国土局主要工作任务:\n1、依法取缔农田挖砂。\n工作协助部门:水务局\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("县经济局", UnitRole::Responsible)],
            vec![("县经济局", UnitRole::Responsible)],
            vec![
                ("水务局", UnitRole::Cooperating),
                ("县国土局", UnitRole::Responsible)
            ]
        ]
    );
}

#[test]
fn a_schedule_run_together_in_one_paragraph_is_a_task_per_dated_step() {
    // a time heading's paragraph whose sentences open with their own times: a step each,
    // the first run on from the heading's words; two dated sentences stay one task
    let text = "某区2026年住户调查样本轮换工作方案\n\n一、工作内容\n（一）样本核实。区调查队负责组织开展调查小区样本核实。\n\
                三、时间安排7月底前，完成前期准备工作。区调查队做好业务培训；区财政局配合做好经费保障。\
                8月底前，完成样本核实工作。区调查队应完成样本情况核实。10月底前，完成调查户落实工作。\n";
    let plan = parse_text(text);
    let dated: Vec<(String, usize)> = plan
        .tasks
        .iter()
        .map(|t| (t.text.value.chars().take(6).collect(), t.deadlines.len()))
        .collect();
    assert_eq!(
        dated,
        [
            ("样本核实。区".to_owned(), 0),
            ("时间安排7月".to_owned(), 1),
            ("8月底前，完".to_owned(), 1),
            ("10月底前，".to_owned(), 1)
        ]
    );
    let two = text.replace("10月底前，完成调查户落实工作。", "");
    assert_eq!(parse_text(&two).tasks.len(), 2);
}

#[test]
fn a_unit_leading_through_its_officer_and_a_heading_of_groups() {
    // 由X + the officers it sends, counted, + the duty word: the unit does the work; a
    // heading over the groups (督查分组) names no unit for them, nor does a leader named by
    // post (政法委书记)
    let text = "某市安全生产督查工作方案\n\n五、督查分组\n\
                （一）煤矿安全督查组。由市煤炭工业局1名县级领导带队，2名专业人员参加。\n\
                （二）非煤矿山安全督查组。由市安监局两名负责同志带队，2名专业人员参加。\n\
                （三）信访积案督查组。由县委常委、政法委书记牵头，公安、法院等成立专班。\n";
    let plan = parse_text(text);
    let units = unit_names(&plan);
    assert_eq!(units.len(), 3);
    assert!(units[0].contains(&"市煤炭工业局"), "{units:?}");
    // (the unit heading the team leads it)
    assert!(units_and_roles(&plan)[0].contains(&("市煤炭工业局", UnitRole::Lead)));
    assert!(units[1].contains(&"市安监局"), "{units:?}");
    assert!(!units[2].iter().any(|u| u.contains("政法委")), "{units:?}");
    assert!(!units.concat().contains(&"督查分组"), "{units:?}");
}

#[test]
fn an_item_headed_as_sharing_its_work_out_is_a_task_per_unit_clause() {
    // at any depth, a heading that says the work is shared out (明确责任) makes each clause
    // opening with a unit and its duty a task, the units plain subjects and the clauses
    // ended by commas too (the words before the first lead it)
    let text = "某省安全生产大检查工作方案\n\n三、工作措施\n\
                （三）明确责任，深入督查。各成员单位都要按照职责分工认真部署。\
                安监部门要加强对非煤矿山的安全监管。消防部门要加强人员密集场所消防监督检查，\
                教育部门要指导各级各类学校安全管理，国资委要对出资企业进行督促检查。\n";
    assert_eq!(
        unit_names(&parse_text(text)),
        [
            vec!["安监部门"],
            vec!["消防部门"],
            vec!["教育部门"],
            vec!["国资委"]
        ]
    );
    // …and an item's heading of duties, its clauses after the words before a colon
    let text = "某县清剿火患专项行动方案\n\n三、工作机构及职责分工\n\
                （一）工作机构。县人民政府成立指挥部，统一指挥调度专项行动。\n\
                （二）职责分工。实行分片包干负责制，具体为：县公安消防大队负责甸中镇、化念镇，\
                县文体局负责双江街道，县工商局负责小街街道。\n";
    assert_eq!(
        unit_names(&parse_text(text)),
        [
            vec!["县人民政府"],
            vec!["县公安消防大队"],
            vec!["县文体局"],
            vec!["县工商局"]
        ]
    );
}

#[test]
fn a_chapters_paragraph_of_unit_duty_clauses_is_a_task_per_clause() {
    let body = "县委政法委负责抓好护路联防工作；县交运局负责抓好公铁并行路段安全整治工作；\
                县公安局负责抓好铁路沿线突出治安问题整治工作；县生态环境局负责抓好秸秆焚烧整治工作。";
    let text = format!("某县铁路沿线环境整治实施方案\n\n三、责任划定\n{body}\n");
    let plan = parse_text(&text);
    let units: Vec<Vec<&str>> = units_and_roles(&plan)
        .into_iter()
        .map(|t| t.into_iter().map(|(name, _)| name).collect())
        .collect();
    assert_eq!(
        units,
        [["县委政法委"], ["县交运局"], ["县公安局"], ["县生态环境局"]]
    );
    // below a chapter the item is one task, its duties shared out among units
    let text = format!(
        "某县铁路沿线环境整治实施方案\n\n三、责任划定\n（二）市有关部门工作责任。\n{body}\n"
    );
    assert_eq!(parse_text(&text).tasks.len(), 1);
    // a paragraph of work whose last sentences share it out is one task; under a heading of
    // duties general words may come first
    let shared = "坚持政策文件与解读材料同步组织、同步部署。县政府办公室负责统筹协调；\
                  各政策起草部门负责本部门政策解读；县融媒体中心负责宣传推送。";
    let text = format!("某县2025年政务公开工作要点\n\n一、加强政策解读\n{shared}\n");
    assert_eq!(parse_text(&text).tasks.len(), 1);
    let text = format!("某县2025年政务公开工作要点\n\n三、责任划定\n{shared}\n");
    assert_eq!(parse_text(&text).tasks.len(), 3);
    // two such clauses share one piece of work out
    let text = "某县铁路沿线环境整治实施方案\n\n三、责任划定\n\
                县财政局负责资金保障；县审计局负责资金监督。\n";
    assert_eq!(parse_text(text).tasks.len(), 1);
}

#[test]
fn a_marked_unit_leads_where_the_plan_notes_the_mark() {
    let body = "一、重点任务\n1.开展燃气安全专项整治。\n责任单位：县住建局*、县应急管理局\n\
                2.开展道路交通安全整治。\n牵头单位：县公安局\n配合单位：县交通运输局*\n";
    let noted = format!("某县安全生产工作方案\n\n（加*号的为牵头单位，其余为责任单位）\n{body}");
    assert_eq!(
        units_and_roles(&parse_text(&noted)),
        [
            vec![
                ("县住建局", UnitRole::Lead),
                ("县应急管理局", UnitRole::Responsible)
            ],
            // a 配合 label says how the unit works, whatever its mark
            vec![
                ("县公安局", UnitRole::Lead),
                ("县交通运输局", UnitRole::Cooperating)
            ]
        ]
    );
    // without the note a mark alone among a task's units still leads (a page may cut the
    // note off)…
    let plain = format!("某县安全生产工作方案\n\n{body}");
    assert_eq!(
        units_and_roles(&parse_text(&plain))[0],
        [
            ("县住建局", UnitRole::Lead),
            ("县应急管理局", UnitRole::Responsible)
        ]
    );
    // …but not where a note gives the mark another meaning
    let other = format!("某县安全生产工作方案\n\n（加*号的为新增单位）\n{body}");
    assert_eq!(
        units_and_roles(&parse_text(&other))[0],
        [
            ("县住建局", UnitRole::Responsible),
            ("县应急管理局", UnitRole::Responsible)
        ]
    );
}

#[test]
fn a_leading_assignment_in_a_later_sentence_stays_in_the_tasks_text() {
    let text = "某县城乡环境卫生整治工作方案\n\n一、整治内容\n\
                （一）城区环境卫生整治。由建设局牵头，卫生局、街道办等相关部门单位配合落实城区整治。\n\
                （二）农村环境卫生整治。清理乱堆乱放。由爱卫办牵头，环保局配合，各乡镇负责抓好落实农村整治。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("建设局", UnitRole::Lead),
                ("卫生局", UnitRole::Cooperating),
                ("街道办", UnitRole::Cooperating)
            ],
            vec![
                ("爱卫办", UnitRole::Lead),
                ("环保局", UnitRole::Cooperating),
                ("各乡镇", UnitRole::Responsible)
            ],
        ]
    );
    assert!(plan.tasks[1]
        .text
        .value
        .contains("清理乱堆乱放。由爱卫办牵头，环保局配合"));
}

#[test]
fn a_page_cut_from_a_list_naming_units_now_and_then_keeps_its_unnamed_items() {
    // no title, five items of work, two naming who does them: the list is work, all five
    let text = "3.做好工作交接。选举结束后，街道办事处要抓好新、老居民委员会工作交接。\n\
                4.完善规章制度。新一届居民委员会产生后，要制定届期目标和年度目标。\n\
                5.开展岗前培训。对新当选的居民委员会成员要分期分批开展培训。\n\
                6.做好汇总工作。选举结束后，要及时做好选举信息的报送和档案整理工作。\n\
                7.受理选民咨询。各县区民政局要及时受理换届选举引发的群众来信来访。\n";
    let plan = parse_text(text);
    assert!(plan.kind.is_plan(), "{:?}", plan.kind);
    let read = tasks(text);
    let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "做好工作交接",
            "完善规章制度",
            "开展岗前培训",
            "做好汇总工作",
            "受理选民咨询"
        ]
    );
    assert_eq!(read[0].0, ["街道办事处"]);
    assert!(read[1].0.is_empty());
    // …not a speech's points (`同志们，…`)
    let speech = format!("{text}同志们，做好换届选举工作意义重大。\n");
    assert!(!parse_text(&speech).kind.is_plan());
}

#[test]
fn a_units_name_alone_on_its_line_heads_the_duties_numbered_under_it() {
    // no colon: the name stands alone, with a line summing up its part, and the numbering
    // starts again under each unit
    let text = "清溪市清理拖欠农民工工资工作方案\n\n一、工作任务\n\n\
                市人力资源和社会保障局\n负责农民工工资的清欠和防欠工作。\n\
                （一）制定实施企业欠薪报告预警机制。\n（二）建立农民工工资保障金制度。\n\
                市住房和城乡建设局\n（一）在工地设立农民工维权公告牌。\n\
                （二）加强和完善建筑市场的监控机制。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            [("市人力资源和社会保障局", UnitRole::Responsible)],
            [("市人力资源和社会保障局", UnitRole::Responsible)],
            [("市住房和城乡建设局", UnitRole::Responsible)],
            [("市住房和城乡建设局", UnitRole::Responsible)]
        ]
    );
    // a signature at the end names its issuer alone on its line, over nothing
    let signed = format!("{text}\n清溪市人民政府办公室\n\n2024年3月1日\n");
    assert_eq!(parse_text(&signed).tasks.len(), 4);
}

#[test]
fn a_line_naming_a_unit_before_a_colon_heads_the_duties_under_it() {
    // unnumbered (`县林业局：`), over numbered duties or a paragraph of its own; before any
    // number such a line addresses a notice
    let text = "县政府办公室关于落实植树节活动有关措施分工的通知\n\n\
                为做好2026年植树节活动，现将分工通知如下：\n\n县直各部门：\n\n一、活动时间：2026年3月12日\n\
                二、职责分工\n县林业局：\n1、负责苗木采购和技术指导。\n2、负责划定栽植区域。\n\
                县团委：\n1、组织青年志愿者参加植树活动。\n县融媒体中心：\n做好活动宣传报道工作。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            [("县林业局", UnitRole::Responsible)],
            [("县林业局", UnitRole::Responsible)],
            [("县团委", UnitRole::Responsible)],
            [("县融媒体中心", UnitRole::Responsible)]
        ]
    );
    assert!(plan.tasks[3].text.value.contains("做好活动宣传报道"));
    assert!(plan
        .sections
        .iter()
        .all(|s| !s.title.contains("县直各部门")));
    // after a number, a line addressing classes, some with 有关, is an attached notice's
    // addressees, no unit heading
    let attached = "某县2024年农村人居环境整治工作方案\n一、工作任务\n\
                    1.开展村庄清洁行动，6月底前完成。（县农业农村局负责）\n\
                    二、工作要求\n各乡镇要高度重视，确保各项任务按期完成。\n\
                    附件\n关于建立农村人居环境整治月报制度的通知\n各乡镇人民政府，县直有关单位：\n\
                    1.县农业农村局要每月汇总通报各乡镇整治情况。\n\
                    2.县财政局要根据通报结果拨付以奖代补资金。\n";
    let plan = parse_text(attached);
    assert!(units_and_roles(&plan)
        .iter()
        .flatten()
        .all(|u| !u.0.contains("有关")));
    // a unit's members listed under its name are no duties of it
    let members = text.replace(
        "1、负责苗木采购和技术指导。\n2、负责划定栽植区域。\n",
        "1、张某某（党组书记、局长）\n2、李四（副局长）\n",
    );
    let plan = parse_text(&members);
    assert_eq!(plan.tasks.len(), 2, "{:?}", units_and_roles(&plan));
}

#[test]
fn a_unit_heading_over_a_paragraph_of_duties_is_a_task() {
    let text = "某县治理车辆超限超载工作职责分工\n\n（一）公安部门\n1.加强车辆登记管理；\n\
                2.组织交警开展路面执法。\n（二）工商部门\n查处非法拼装、改装汽车行为，依法取缔非法改装企业。\n\
                （三）宣传部门\n组织协调新闻单位做好治理工作的宣传报道。\n\
                （四）领导小组\n组长：张三\n（五）县人民医院\n始建于1952年，现有职工300人。\n（六）监察部门\n\
                （未完，全文共1900字，当前显示618字）\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("公安部门", UnitRole::Responsible)],
            vec![("公安部门", UnitRole::Responsible)],
            vec![("工商部门", UnitRole::Responsible)],
            vec![("宣传部门", UnitRole::Responsible)],
            // a group's members (`（四）领导小组` `组长：张三`) and a unit's background are no
            // duties of theirs, nor tasks
        ]
    );
    assert!(plan.tasks[2].text.value.contains("查处非法拼装"));
}

#[test]
fn work_groups_over_their_duties_with_persons_labelled_after() {
    // `责任人：` names persons, so the group opening the item names its unit; the sentence
    // setting the groups up (`…成立4个工作小组，负责…`) names no unit and assigns nothing
    let text = "交通运输局春运工作方案\n\n一、工作目标\n\n按照总体要求，确保圆满完成春运各项工作任务。\n\n\
                二、组织领导\n\n县交通运输局成立春运工作领导小组，由陈绍汉任组长。\n\n三、职责分工\n\n\
                按照工作职责，交通运输局系统春运工作成立4个工作小组，负责具体组织实施。\n\n\
                （一）道路运输保障组：负责陆上运力的安排和调度。责任人：黄勇、杨文革。\n\n\
                （二）公路桥梁保障组：负责保障公路畅通。责任人：张金桥。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("道路运输保障组", UnitRole::Responsible)],
            vec![("公路桥梁保障组", UnitRole::Responsible)],
        ]
    );
    assert_eq!(plan.tasks[0].text.value, "负责陆上运力的安排和调度。");
}

#[test]
fn a_levels_body_named_over_its_duties_owns_the_items_under_it() {
    // `（二）乡（镇）人民政府的工作职责` names one level's government, not a class of members
    let text = "三、各级政府的工作职责\n（一）县（市）区人民政府的工作职责\n\
                1、制定交通安全宣传计划，统一组织开展交通安全宣传。\n\
                2、研究制定各项优惠政策促进农村公共交通的发展。\n\
                （二）乡（镇）人民政府的工作职责\n\
                1、负责辖区道路的交通安全管理工作，具体实施交通安全宣传教育计划。\n\
                四、成员单位工作职责\n1、县公安局：依法履行道路交通安全管理职责。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("县（市）区人民政府", UnitRole::Responsible)],
            vec![("县（市）区人民政府", UnitRole::Responsible)],
            vec![("乡（镇）人民政府", UnitRole::Responsible)],
            // the members' duties: each paragraph names its own unit
            vec![("县公安局", UnitRole::Responsible)],
        ]
    );
}

#[test]
fn a_later_sentences_leading_assignment_keeps_the_plan_read_in_prose() {
    let text = "某县2023年优化营商环境工作方案\n\n（一）深化一网通办。县行政审批局负责，年底前实现高频事项网上办。\n\
                （二）规范涉企收费。全面清理涉企违规收费。由县发改局牵头，县财政局配合，6月底前完成清理。\n\
                （三）优化纳税服务。县税务局负责，压缩办税时间。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("县行政审批局", UnitRole::Responsible)],
            vec![
                ("县发改局", UnitRole::Lead),
                ("县财政局", UnitRole::Cooperating)
            ],
            vec![("县税务局", UnitRole::Responsible)],
        ]
    );
}

#[test]
fn an_officer_leading_is_no_unit_and_keeps_the_plan_read_in_prose() {
    let text = "某县2023年重大项目攻坚工作方案\n\n二、工作机制\n\
                （一）实行领导包保。由县政府主要领导牵头，县发改局负责，建立重大项目包保推进机制，3月底前完成。\n\
                （二）建立调度制度。县发改局负责，每月召开一次项目调度会。\n";
    let plan = parse_text(text);
    let units = units_and_roles(&plan);
    assert!(
        units[0].iter().all(|(name, _)| *name != "县政府"),
        "{units:?}"
    );
    assert_eq!(units[1], [("县发改局", UnitRole::Responsible)]);
}

#[test]
fn an_untitled_page_assigning_in_prose_keeps_its_prose_beside_an_aside_clause() {
    // a page cut from a plan's middle: items give their work to units as their subjects, and
    // one sub-item names its units in a bracket
    let text = "（四）区计委、区商委、区药监分局等部门，负责储备药械和应急救援物资。\n\
                （五）区委宣传部、区卫生局和区教育局等部门，负责开展健康教育，宣传防病知识。\n\
                二、B级（黄色警戒）：本市已检出临床诊断病例，呈个例散发。\n\
                （一）区卫生局严格执行预防医院感染的各项控制措施，负责对病例采取隔离治疗。\n\
                1、区卫生、公安、教育等部门负责限制密切接触者活动范围，进行隔离和医学观察。\n\
                2、按消毒技术规范实施消毒措施（由区爱卫办、区疾病预防控制中心执行）。\n\
                （二）区民政局做好困难群众生活救助工作。\n\
                （三）区商委组织生活必需品的市场供应。\n\
                （四）区公安分局维护医疗机构和隔离场所的治安秩序。\n\
                （五）区交通局做好进出本区车辆和人员的卫生检疫。\n\
                （六）区人社局落实防治人员的补助政策。\n";
    let plan = parse_text(text);
    assert!(plan.kind.is_plan(), "{:?}", plan.kind);
    let units: Vec<Vec<String>> = plan
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.clone()).collect())
        .collect();
    assert!(units.contains(&vec!["区民政局".to_owned()]), "{units:?}");
    assert!(units.contains(&vec!["区交通局".to_owned()]), "{units:?}");
    assert!(plan.tasks.len() >= 5, "{units:?}");
}

#[test]
fn items_opening_with_their_doers_are_theirs_beside_stated_assignments() {
    let text = "某市2023年春节爱国卫生工作计划\n\
                一、各街道办事处要组织辖区居民开展环境卫生大扫除。\n\
                二、工商局、卫生监督所要认真做好春节期间的食品卫生安全工作。\n\
                三、市卫生局要做好春节期间的医疗救治工作。\n\
                四、开展爱国卫生宣传活动。（牵头单位：市爱卫办）\n\
                五、市城管局按照网格化管理要求，做好城区道路保洁。\n\
                六、市住建局利用老旧小区改造资金，整治背街小巷。\n";
    let got: Vec<Vec<String>> = tasks(text).into_iter().map(|(u, _)| u).collect();
    assert_eq!(
        got,
        [
            vec!["各街道办事处".to_owned()],
            vec!["工商局".to_owned(), "卫生监督所".to_owned()],
            vec!["市卫生局".to_owned()],
            vec!["市爱卫办".to_owned()],
            // the way they do it after their name (按照, 利用) makes them its doers too
            vec!["市城管局".to_owned()],
            vec!["市住建局".to_owned()],
        ]
    );
    // …but not over sub-items they head, nor in a part asking for support
    let text = "某县2024年森林防火工作方案\n一、重点任务\n\
                （一）县政府要加强对防火工作的领导\n\
                1.成立防火工作专班，3月底前完成。（责任单位：县林业局）\n\
                2.建立防火物资储备库。（责任单位：县应急局）\n\
                二、工作要求\n\
                1.各乡镇要高度重视，切实加强组织领导。\n\
                2.全体干部要坚守岗位，严格执行24小时值班制度。\n";
    let got: Vec<Vec<String>> = tasks(text).into_iter().map(|(u, _)| u).collect();
    assert_eq!(
        got,
        [vec!["县林业局".to_owned()], vec!["县应急局".to_owned()]]
    );
}

#[test]
fn a_header_cell_naming_a_body_over_its_officers_column_is_one_name() {
    // `市政府` / `分管领导` print one column's name, 市政府分管领导, over two lines
    let text =
        "2021年工作责任分工\n\n序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n\
                1\n\n加快建设科技创新轴。\n\n王东\n\n市科技局\n\n黄埔区政府\n\n\
                2\n\n全力做好实验室筹建保障服务工作。\n\n王东\n\n市科技局\n\n市财政局\n";
    let plan = parse_text(text);
    let leads: Vec<Vec<String>> = plan
        .tasks
        .iter()
        .map(|t| t.units_in(UnitRole::Lead).map(|u| u.name.clone()).collect())
        .collect();
    assert_eq!(
        leads,
        [vec!["市科技局".to_owned()], vec!["市科技局".to_owned()]]
    );
}

#[test]
fn a_project_printed_over_the_same_numbered_parts_is_one_task_its_parts_its_fields() {
    // the parts are numbered 一、 under （一） projects: read by their numbers they would close
    // each project and be tasks of their own
    let text = "2024年民生实事项目实施方案\n\n\
                （一）养老金提标\n一、目标任务\n每人每月提高20元。\n二、序时进度\n6月底前发放到位。\n\
                三、责任分工\n牵头单位：县人社局\n责任单位：县财政局\n\
                （二）公路改造\n一、目标任务\n改造农村公路120公里。\n二、序时进度\n11月底前完工。\n\
                三、责任分工\n牵头单位：县交通运输局\n责任单位：相关乡镇\n";
    let plan = parse_text(text);
    assert_eq!(titles(&plan), ["养老金提标", "公路改造"]);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("县人社局", UnitRole::Lead),
                ("县财政局", UnitRole::Responsible)
            ],
            vec![
                ("县交通运输局", UnitRole::Lead),
                ("相关乡镇", UnitRole::Responsible)
            ],
        ]
    );
    // (`每人每月` is a rate, not how often the work is done)
    let deadlines: Vec<Vec<&str>> = plan
        .tasks
        .iter()
        .map(|t| t.deadlines.iter().map(|d| d.raw.as_str()).collect())
        .collect();
    assert_eq!(deadlines, [vec!["6月底前"], vec!["11月底前"]]);
}

#[test]
fn numbered_parts_under_one_heading_only_are_no_template() {
    // one heading over `1.目标任务` `2.责任单位` is an ordinary heading over its items
    let text =
        "某镇工作方案\n\n一、重点工作\n1.目标任务：完成改造15个小区。（牵头单位：镇建设办）\n\
                2.资金安排：统筹资金300万元。（牵头单位：镇财政所）\n二、保障措施\n加强领导。\n";
    assert_eq!(parse_text(text).tasks.len(), 2);
}

#[test]
fn a_numbered_unit_before_a_colon_and_its_duties_is_that_units_task() {
    let text = "关于加强税收征管的通知\n\n各相关部门：\n\n一、明确有关部门的信息交流职责\n\
                （一）发改委：每季度终了后20日内向税务部门提供重点建设项目计划。\n\
                （二）经委：每月终了后20日内向税务部门提供工业企业产量情况。\n\
                （三）教育局：每季度终了后20日内向税务部门提供办学情况。\n";
    let plan = parse_text(text);
    let units: Vec<Vec<(&str, UnitRole)>> = units_and_roles(&plan);
    assert_eq!(
        units,
        [
            vec![("发改委", UnitRole::Responsible)],
            vec![("经委", UnitRole::Responsible)],
            vec![("教育局", UnitRole::Responsible)],
        ]
    );
    // a field's label is no unit (`3、参演单位：…` under an activity)
    let fields = "某镇春节活动方案\n\n一、活动项目\n（一）舞龙表演\n1、活动时间：年初一。\n\
                  2、参演单位：九龙舞龙队\n3、负责单位：山岔村\n（二）象棋竞赛\n1、活动时间：年初二。\n\
                  2、参演单位：各村居代表队\n3、负责单位：冈村\n";
    assert_eq!(parse_text(fields).tasks.len(), 2);
}

#[test]
fn a_step_under_the_steps_heading_opening_with_its_time_is_a_task() {
    let text = "某市一体化发展调研工作方案\n\n四、职责分工\n\
                （一）市公安局。负责社会治安一体化的调研，形成专题调研报告。\n\
                （二）市教育局。负责教育资源一体化的调研，形成专题调研报告。\n五、实施步骤\n\
                （一）6月上旬，拟定调研工作推进方案，召开调研工作动员会。\n\
                （二）6月底前，完成面上调研任务，提交调研中心组。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("负责社会", &[]),
            due("负责教育", &[]),
            due("6月上旬", &["6月上旬"]),
            due("6月底前", &["6月底前"]),
        ]
    );
    // a target reached by a date under another heading is no step
    let targets = text.replace("五、实施步骤", "五、工作目标");
    assert_eq!(openings(&targets).len(), 2);
}

#[test]
fn a_month_naming_its_area_of_work_heads_the_items_done_then() {
    // `三月园务行政`: the month and the area, no colon
    let text = "2005年园务工作计划\n三月园务行政\n1. 全体职工大会。\n2. 检查师资培训工作安排\n\
                3. 建幼儿食堂\n4. 教研：参看教学工作计划。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(read.len(), 4, "{read:?}");
    assert!(read.iter().all(|(_, d)| d == &["三月"]), "{read:?}");
    // a month with work to do after it is no heading (`三月开展植树活动`)
    let line = "2005年园务工作计划\n三月开展植树活动\n1. 全体职工大会。\n";
    assert_eq!(openings_and_deadlines(line), [due("全体职工", &[])]);
}

#[test]
fn a_list_of_the_plans_bases_is_no_work() {
    // after the work, the documents it follows: cited in 《》, or named without them
    let text = "清溪县烟花爆竹安全监管工作方案\n\n一、重点工作\n\n\
                1.开展烟花爆竹专项检查，全面排查隐患。\n\n\
                2.组织销毁处置废旧和罚没的烟花爆竹。\n\n相关依据：\n\n\
                1.《烟花爆竹安全管理条例》（国务院令第455号）\n\n\
                2.《关于进一步明确民用爆炸物品安全监管部门职责分工的通知》（中央编办发〔2005〕6号）\n\n\
                3.县公安局“三定”规定\n";
    assert_eq!(openings(text), ["开展烟花", "组织销毁"]);
    // a work item naming a rule to be made is work
    let making = text.replace("3.县公安局“三定”规定", "3.制定烟花爆竹安全管理办法。");
    assert_eq!(openings(&making), ["开展烟花", "组织销毁", "制定烟花"]);
}

#[test]
fn a_law_cited_with_the_unit_answering_for_it_is_a_responsibility_lists_item() {
    // 谁执法谁普法: a 普法责任清单 lists each law with the unit that makes it known
    let text = "上海市司法局普法责任清单\n\n一、重点普法内容及责任部门\n\n\
                (一)《中华人民共和国宪法》(全系统各单位、各部门)\n\n\
                (二)《中华人民共和国监狱法》(监狱管理局)\n\n\
                (三)《中华人民共和国禁毒法》《戒毒条例》(戒毒管理局)\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["全系统各单位", "各部门"],
            vec!["监狱管理局"],
            vec!["戒毒管理局"]
        ]
    );
    // (a law cited with its document number stays a basis: see
    // `a_list_of_the_plans_bases_is_no_work`)
}

#[test]
fn an_attached_form_or_pledge_ends_the_last_task_and_holds_none() {
    // the last phase's item, then a self-check form and a pledge attached: their lines are
    // what the form asks and the signer promises
    let text = "药品零售企业整治工作方案\n\n一、工作安排\n\n\
                （一）自查整改阶段。所有药品零售企业开展自查，于2019年4月30日前报送。\n\n\
                （二）监督检查阶段。自2019年5月起采取双随机方式开展监督检查。\n\n\
                附件1执业药师在岗履职情况自查表\n\n\
                1.执业药师是否在其他单位兼职，是否如实登记。\n\n\
                2.是否将执业药师注册证原件悬挂于营业场所醒目位置。\n\n\
                特向你局郑重承诺以下内容：\n\n\
                一、本人全职担任本药店执业药师，绝无挂证及兼职的行为。\n\n\
                二、任职期间，本人将按照法律法规规定，履行处方审核等法定职责。\n";
    let plan = parse_text(text);
    assert_eq!(long_openings(&plan), ["自查整改阶段", "监督检查阶段"]);
    // (the form's heading is no part of the task before it)
    assert!(
        !plan.tasks[1].text.value.contains("附件"),
        "{}",
        plan.tasks[1].text.value
    );
    // an attachment carrying the plan's work keeps its items, and so does one whose title is
    // on the next line (`附件1` alone)
    let as_work = |heading: &str| {
        text.replace("附件1执业药师在岗履职情况自查表", heading)
            .replace(
                "执业药师是否在其他单位兼职，是否如实登记",
                "组织开展执业药师专项检查",
            )
            .replace(
                "是否将执业药师注册证原件悬挂于营业场所醒目位置",
                "开展执业药师注册信息核查",
            )
    };
    for heading in ["附件1 2019年重点任务清单", "附件1\n\n2019年工作安排"] {
        assert_eq!(
            long_openings(&parse_text(&as_work(heading))),
            [
                "自查整改阶段",
                "监督检查阶段",
                "组织开展执业",
                "开展执业药师"
            ]
        );
    }
}

#[test]
fn work_asking_for_pledges_is_work() {
    // a sentence that asks for pledges, then the work: not a pledge's points
    let text = "药品安全诚信建设工作方案\n\n一、重点工作\n\n\
                （一）开展诚信承诺活动。组织全县药品经营企业向社会郑重承诺，主要做好以下工作：\n\n\
                1.组织企业签订诚信经营承诺书，全面落实主体责任。\n\n\
                2.在门店醒目位置公示承诺内容，接受社会监督。\n";
    assert_eq!(
        long_openings(&parse_text(text)),
        ["组织企业签订", "在门店醒目位"]
    );
}

#[test]
fn the_problems_found_are_no_tasks_and_their_rectification_is() {
    let text = "清溪县巡察反馈问题整改方案\n\n一、存在问题\n\n\
                1.个别单位学习形式单一，互动性有待加强。\n\n\
                2.部分会议记录要素不全，未记录请假人员。\n\n二、整改措施\n\n\
                1.创新学习形式，开展案例研讨和实地研学。\n\n\
                2.规范会议记录，开展台账专项检查。\n";
    // (a plan that assigns nothing: its work items are its tasks, the problems none of them)
    assert_eq!(openings(text), ["创新学习", "规范会议"]);
    // a part joining the problems to their rectification holds that work
    let joined = "清溪县巡察反馈问题整改方案\n\n一、存在问题及整改措施\n\n\
                  1.学习形式单一，创新学习形式，开展案例研讨。\n\n\
                  2.会议记录不全，开展台账专项检查。\n";
    assert_eq!(openings(joined), ["学习形式", "会议记录"]);
}

#[test]
fn a_sectors_department_heading_its_duties_and_tasks_gives_them_its_name() {
    // `（七）卫生部门职责、任务`: one function's department, not a class of members
    let text = "某县校园周边治理工作方案\n\n（六）文化部门职责\n\n\
                1.加强文化娱乐场所的监督管理，依法查处违法经营活动。\n\n\
                （七）卫生部门职责、任务\n\n1.加强对学校食堂、校内食品店的卫生监督检查。\n\n\
                2.做好学校传染病防控工作，指导学校落实晨检制度。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("文化部门", UnitRole::Responsible)],
            vec![("卫生部门", UnitRole::Responsible)],
            vec![("卫生部门", UnitRole::Responsible)],
        ]
    );
    // a heading over the members' duties leaves each item to name its own unit
    let members = "某县校园周边治理工作方案\n\n三、成员单位职责\n\n\
                   1.加强文化娱乐场所的监督管理。（县文化局负责）\n";
    assert_eq!(
        units_and_roles(&parse_text(members)),
        [vec![("县文化局", UnitRole::Responsible)]]
    );
}

#[test]
fn an_unnumbered_stage_with_its_dates_heads_the_items_done_in_it() {
    let text = "永康社区创建工作计划\n\n第一阶段:宣传动员阶段(2007年3月1日--3月20日)\n\n\
                1、宣传动员,营造氛围。社区居委会召开创建动员大会。\n\n\
                2、调查摸底,打好基础。社区党支部对辖区情况进行调查。\n\n\
                第二阶段:开展创建阶段(2007年3月21日--11月20日)\n\n\
                1、制定计划。社区居委会制定创建工作计划。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("宣传动员", &["2007年3月1日--3月20日"]),
            due("调查摸底", &["2007年3月1日--3月20日"]),
            due("制定计划", &["2007年3月21日--11月20日"]),
        ]
    );
}

#[test]
fn dashed_items_setting_their_own_time_are_the_phases_tasks_and_attachments_are_none() {
    let text = "深化权力运行网上公开试点工作方案\n\
        一、工作任务\n\
        （一）承接省级试点工作\n\
        1.区经济发展局：行政征收、行政给付网上公开。\n\
        2.区交通与建设局：公共服务事项管理网上公开。\n\
        （二）推行区级权力运行网上公开\n\
        1.准备阶段（2015年4月-6月）该阶段是整体工作的关键环节。\n\
        ---确定权力清单（4月底前）。对8个区直单位的全部行政权力进行清理。\n\
        ---优化运行流程（5月底前）。全面优化单位内部工作流程。\n\
        2.推广阶段（2016年1月-6月）该阶段重点在于拓展网上公开的权力事项。\n\
        ---形成制度保障（2016年5月底前）。建立相关配套制度。\n\
        附件：\n\
        1.权力运行流程图示例（科技课题申报）\n\
        2.监察规则制定参考\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("区经济发", &[]),
            due("区交通与", &[]),
            // (the task's text keeps its dashes; its title, without them, is 确定权力清单…)
            due("---确", &["4月底前"]),
            due("---优", &["5月底前"]),
            due("---形", &["2016年5月底前"]),
        ]
    );
}

#[test]
fn a_flattened_notice_that_is_the_plan_lists_its_work_not_its_aims_or_download_links() {
    // one line, as an archive flattens a page: the notice's addressees run into the plan's
    // preamble, the aims name what each centre is, and the page's download link repeats the
    // notice's title after its signature
    let item = "。打通关检税汇商物融等部门信息系统，实现数据共享和业务协同，提高通关效率";
    let text = format!(
        "管委会办公室关于印发两岸电子商务经济合作实验区建设实施方案的通知 岚综管办〔2016〕91号 \
         区直各单位，各片区开发管理局，驻岚各有关单位：建设两岸电商合作实验区是重大举措，特制定本实施方案。\
         一、总体要求（一）指导思想坚持开放就有活力。（二）发展目标 经过3—5年的改革试验，建成三个中心。\
         电子商务交易中心：完善跨境贸易电子商务通关公共服务平台，率先实现两岸互联互通。\
         电子商务物流枢纽中心：推行便利化通关模式，打造两岸电商物流重要通道。\
         二、主要任务（一）建立单一窗口服务平台1.不断推进部门信息共享{item}。2.探索提升线上服务水平{item}。\
         3.加快推行信息公开透明{item}。三、组织实施（一）加强领导成立实验区领导小组，统筹推进各项工作。\
         管委会办公室 2016年5月12日 印发 来源：管委会办公室 附件下载 \
         岚综管办2016.91号—关于印发两岸电子商务经济合作实验区建设实施方案的通知"
    );
    let plan = crate::plan::parse_text(&text);
    let openings = long_openings(&plan);
    assert_eq!(openings, ["不断推进部门", "探索提升线上", "加快推行信息"]);
    assert_eq!(plan.meta.addressees.len(), 3, "{:?}", plan.meta.addressees);
}

#[test]
fn one_class_of_units_at_the_top_of_a_flattened_page_is_its_notices_addressee() {
    let body = "。全面清理现行有效的行政规范性文件，逐件审查，确保按时完成清理任务".repeat(6);
    let text = format!(
        "公平竞争审查工作办公室关于印发清理政策措施工作方案的通知 时间：2019-11-19 17:09 微信 微博 QQ空间 \
         区直各单位: 现将《清理政策措施的工作方案》印发给你们，请认真贯彻执行。\
         公平竞争审查工作办公室 2019年11月19日 清理政策措施的工作方案 \
         一、清理主体（一）区市场监管局负责牵头组织清理工作{body}。\
         （二）各起草部门负责清理本部门制定的政策措施{body}。"
    );
    let plan = crate::plan::parse_text(&text);
    let addressees = addressee_names(&plan);
    assert_eq!(addressees, ["区直各单位"]);
    assert!(
        plan.tasks.iter().all(|t| !t.text.value.contains("现将")),
        "{:?}",
        plan.tasks.iter().map(|t| &t.text.value).collect::<Vec<_>>()
    );
}

#[test]
fn the_lines_of_a_scoring_sheet_appended_to_a_plan_are_no_tasks() {
    let text = "餐饮服务明厨亮灶示范创建工作方案\n\
        一、工作任务\n\
        （一）组织申报。组织符合条件的餐饮单位自愿申报，2017年4月20日前完成。\n\
        （二）考核评定。对申报单位进行现场考核评定，2017年11月15日前完成。\n\
        二、展示要素\n\
        1.进货查验展示。展示验货过程，展示原料品牌，未展示扣10分。\n\
        2.烹饪展示。展示烹饪画面，成品摆放画面，每缺一类扣6分。\n\
        3.餐具消毒展示。展示消毒画面，未展示的不得分。\n";
    assert_eq!(openings(text), ["组织申报", "考核评定"]);
}

#[test]
fn a_report_form_printed_one_cell_a_line_is_no_task_table() {
    // a plan's monthly report form, its cells one a line after a flattened page's reflow: its
    // header (类型 立案 时间) names neither the work nor who does it
    let form = [
        "类型",
        "立案",
        "时间",
        "违法",
        "事实",
        "处罚",
        "意见",
        "案件进展",
        "结案时间",
    ];
    let text = format!(
        "碧海专项执法行动实施方案\n\
         一、行动任务\n\
         （一）开展海洋工程项目检查。区支队负责对在建海洋工程项目开展全面检查。\n\
         （二）开展海岛保护检查。区支队负责对无居民海岛开展巡查。\n\
         附表：专项执法行动月报表\n\n{}\n",
        form.join("\n\n")
    );
    let plan = crate::plan::parse_text(&text);
    let openings = long_openings(&plan);
    assert_eq!(openings, ["开展海洋工程", "开展海岛保护"]);
}

#[test]
fn a_spaced_flattened_duty_table_gives_each_row_the_units_of_its_last_cell() {
    let text = "母婴设施建设实施方案\n\
        附件2 母婴设施建设任务分工 序号 职责 负责单位 备注 \
        1 将母婴设施建设及管理纳入城市精神文明建设 区文明办 \
        2 协调做好各大型商场、超市母婴设施建设 区经发局 \
        3 协调做好区行政服务中心等机关事业单位以及女性职工较多的单位母婴设施建设 区妇联、区总工会 \
        4 协调做好全区各医疗卫生机构母婴设施建设 区卫计局 \
        5 协调做好主管女职工较多的学校母婴设施建设 区教育局 \
        平潭综合实验区管委会办公室 2018年5月11日 印发 来源：平潭综合实验区管委会办公室 附件下载 \
        母婴设施建设的各项工作要求，各单位要按照职责分工抓好落实，确保按期完成建设任务。\n";
    let plan = crate::plan::parse_text(text);
    let units = unit_names(&plan);
    assert_eq!(
        units,
        [
            vec!["区文明办"],
            vec!["区经发局"],
            vec!["区妇联", "区总工会"],
            vec!["区卫计局"],
            vec!["区教育局"],
        ]
    );
}

#[test]
fn a_flattened_duty_table_attached_to_items_assigning_in_sentences_adds_its_rows() {
    // the items assign only in their sentences (`由X牵头`); the attachment shares the work out
    // one unit a row, the unit opening the row, the rows numbered by bare numbers after each
    // row's full stop
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join("flattened-duty-table-attached.txt");
    let text = std::fs::read_to_string(sample).expect("the sample");
    let plan = crate::plan::parse_text(&text);
    assert_eq!(plan.tasks.len(), 13);
    let units = unit_names(&plan);
    assert_eq!(units[0], vec!["区交通建设局", "区市场监管局"]);
    // (`（二）` 1. names no unit beside 2.'s sub-items that do: work of the part's list)
    assert!(plan.tasks[3].text.value.starts_with("建立整治台账"));
    assert_eq!(units[7], vec!["区交通建设局"]);
    assert!(plan.tasks[7]
        .text
        .value
        .starts_with("牵头开展结构安全排查整治"));
    assert_eq!(units[11], vec!["区社会事业局"]);
    assert!(plan.tasks[11].text.value.starts_with("负责指导各类学校"));
    // (a unit's cell may say whom it works with: `区财政金融局会同相关部门`)
    assert_eq!(units[12], vec!["区财政金融局", "相关部门"]);
}

#[test]
fn a_plans_own_items_stay_beside_a_task_table_attached_after_them() {
    // a 工作要点's numbered items name no units; its 附件 is a schedule of other work by month:
    // both are the plan's tasks
    let body =
        "某县交通运输局2024年安全生产工作要点\n\n一、工作目标\n全系统安全生产形势持续稳定。\n\n\
                二、工作重点\n\
                1.深刻领会精神实质。深入学习安全生产重要论述，纳入局党组学习内容。\n\
                2.强化领导责任。落实“党政同责、一岗双责”，健全安全监管责任体系。\n\
                3.强化企业主体责任。督促企业严格履行安全生产主体责任。\n\
                4.培育安全文化。加强安全生产宣传和舆论引导。\n\n";
    let table = "| 序号 | 时间 | 重点内容 | 落实单位 |\n\
                 | 1 | 全年 | 安全生产法律法规宣传教育 | 局各处室按职责落实 |\n\
                 | 2 | 2月 | 第一季度防范重特大生产安全事故会议 | 局安监科牵头，各业务科室配合 |\n\
                 | 3 | 6月 | “安全生产月”系列活动 | 局安监科牵头，各业务科室配合 |\n";
    let plan = crate::plan::parse_text(&format!("{body}附件：2024年安全生产工作计划表\n\n{table}"));
    let read = long_openings(&plan);
    assert_eq!(
        read,
        [
            "深刻领会精神",
            "强化领导责任",
            "强化企业主体",
            "培育安全文化",
            "安全生产法律",
            "第一季度防范",
            "“安全生产月"
        ]
    );
    assert_eq!(unit_names(&plan)[5], vec!["局安监科", "各业务科室"]);
    // with no attachment's heading between them the table breaks the items down: its rows only
    let plan = crate::plan::parse_text(&format!("{body}{table}"));
    assert_eq!(plan.tasks.len(), 3);
    // an attached table whose rows state the items again breaks them down: its rows only
    let restating = "| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n\
                     | 1 | 深刻领会精神实质，开展专题学习 | 局办公室 | 3月底前 |\n\
                     | 2 | 强化领导责任，健全责任清单 | 局安监科 | 6月底前 |\n\
                     | 3 | 强化企业主体责任，开展督查 | 局运管科 | 9月底前 |\n\
                     | 4 | 培育安全文化，开展宣传月活动 | 局办公室 | 6月底前 |\n";
    let plan = crate::plan::parse_text(&format!("{body}附件：重点任务分解表\n\n{restating}"));
    assert_eq!(plan.tasks.len(), 4);
    assert!(plan.tasks.iter().all(|t| !t.units.is_empty()));
    // a cover notice's requirements before the attached table are no tasks
    let notice = "某县交通运输局关于印发2024年安全生产工作计划的通知\n\n局各科室：\n\
                  现将《2024年安全生产工作计划》印发给你们，请按照以下要求抓好落实：\n\
                  1.高度重视。各科室要充分认识安全生产工作的重要性。\n\
                  2.加强协调。各科室要密切配合，形成工作合力。\n\
                  3.及时报送。各科室每季度末报送工作进展情况。\n\n\
                  某县交通运输局\n2024年3月1日\n\n附件：2024年安全生产工作计划表\n\n";
    let plan = crate::plan::parse_text(&format!("{notice}{table}"));
    assert_eq!(plan.tasks.len(), 3);
}

#[test]
fn an_archived_pages_addressees_follow_its_number_and_its_title_printed_again() {
    // the archiver's header names the 文号 (the sample's leaves it empty), so the title is read
    // from the page's first line; the number and the title printed again stand between it and
    // the addressees
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join("flattened-notice-phases.txt");
    let text = std::fs::read_to_string(sample)
        .expect("sample")
        .replace("文号: \n", "文号: 清政办〔2025〕69号\n");
    assert!(text.contains("文号: 清政办"));
    let plan = crate::plan::parse_text(&text);
    let addressees = addressee_names(&plan);
    assert_eq!(addressees, ["区直各单位", "各片区管理局", "驻区各有关单位"]);
}

#[test]
fn towns_named_one_by_one_at_a_flattened_pages_top_are_its_addressees() {
    // a flattened page (one long line); 岚城乡 and 潭城镇 are towns, though 城乡 and 城镇 end
    // phrases too
    let more = "加强日常巡查，发现问题及时整改到位，".repeat(10);
    let text = format!(
        "海坛片区党委关于印发整治工作方案的通知\n澳前镇、潭城镇、岚城乡党委：\
         根据区纪工委要求，制定本方案，请遵照执行。一、聚焦扶贫领域问题1.解决辍学问题。\
         整改措施：做好摸底工作，{more}确保见效。（澳前镇、潭城镇、岚城乡）2.解决看病难问题。\
         整改措施：配合区卫生局做好排查，{more}确保见效。（区卫生局）\n"
    );
    let plan = crate::plan::parse_text(&text);
    assert_eq!(addressee_names(&plan), ["澳前镇", "潭城镇", "岚城乡党委"]);
    assert_eq!(openings(&text), ["解决辍学", "解决看病"]);
    assert_eq!(unit_names(&plan)[0], ["澳前镇", "潭城镇", "岚城乡"]);
    // one unit named there heads its duty: `办公室：牵头协调…` is no addressee
    let duties = format!(
        "市场监管局关于明确处室责任分工的通知\n局各单位：现明确如下。\
         办公室：牵头协调安全生产等工作，{more}。法规处：牵头协调普法等工作，{more}。\n"
    );
    let plan = crate::plan::parse_text(&duties);
    assert_eq!(addressee_names(&plan), ["局各单位"]);
}

#[test]
fn a_notices_full_title_over_party_organisations_leaves_them_addressees() {
    // the header shortens the notice's title, the page prints it in full over the addressees;
    // 各有关党组织 ends in the duty word 组织 and is still one name
    let more = "加强日常巡查，发现问题及时整改到位，".repeat(10);
    let text = format!(
        "关于印发《发展壮大村级集体经济实施方案》的通知\n当前位置：首页 \
         中共海坛片区管理局委员会关于印发《海坛片区发展壮大村级集体经济工作实施方案》的通知 \
         各工作小组、各有关党组织：现将《海坛片区发展壮大村级集体经济工作实施方案》印发给你们，\
         请认真贯彻执行。 中共海坛片区管理局委员会 2019年11月14日 \
         海坛片区发展壮大村级集体经济工作实施方案 根据区党工委部署，制定本方案。\
         一、主要措施（一）用好集体三资。鼓励各村利用富余资金{more}。\
         （二）推动土地流转。{more}。\n"
    );
    let plan = crate::plan::parse_text(&text);
    assert_eq!(addressee_names(&plan), ["各工作小组", "各有关党组织"]);
    assert_eq!(
        plan.meta.plan_title.as_ref().map(|t| t.value.as_str()),
        Some("海坛片区发展壮大村级集体经济工作实施方案")
    );
    assert_eq!(openings(&text), ["用好集体", "推动土地"]);
    // 鼓励各村 is a sentence's verb and its object, no unit
    assert!(
        unit_names(&plan).iter().all(|u| u.is_empty()),
        "{:?}",
        unit_names(&plan)
    );
}

#[test]
fn a_plan_after_its_notices_imprint_is_read_in_prose_beside_an_appended_form() {
    // the imprint (联系人, 抄送, the printing office's date) stands between the signature and
    // the plan's title; the form appended at the end, one row naming a unit, is a side table
    let text = "清溪县农业局关于印发《清溪县“碧海”专项行动实施方案》的通知\n\
        \n\
        县海洋执法大队及所属中队：\n\
        \n\
        现将《清溪县“碧海”专项行动实施方案》印发给你们，请认真贯彻执行。\n\
        \n\
        清溪县农业局\n\
        2016年4月19日\n\
        \n\
        （联系人：吴某，联系电话：23155917）\n\
        \n\
        抄送：省海洋与渔业厅、省海洋与渔业执法总队。\n\
        \n\
        清溪县农业局综合科\n\
        2016年4月19日\n\
        印发\n\
        \n\
        清溪县“碧海”专项行动实施方案\n\
        \n\
        一、行动任务\n\
        \n\
        （一）海洋工程建设项目方面。对海洋工程项目进行监管，查处违法用海行为。\n\
        \n\
        （二）海洋倾废查处整顿方面。通过海上执法巡查，查处违法倾废行为。\n\
        \n\
        （三）海洋保护区方面。重点查处保护区内的违法行为。\n\
        \n\
        （四）海域采砂方面。巩固打击非法采砂成果，严厉查处非法采砂。\n\
        \n\
        二、工作要求\n\
        \n\
        （一）加强领导。专项行动领导小组负责组织实施辖区内联合执法行动。\n\
        \n\
        附表：专项执法行动月报表\n\
        \n\
        序号\t案件名称\t案件承办单位\t备注\n\
        1\t某案\t县海洋执法大队\t无\n\
        ";
    let plan = crate::plan::parse_text(text);
    assert_eq!(
        plan.meta.plan_title.as_ref().map(|t| t.value.as_str()),
        Some("清溪县“碧海”专项行动实施方案")
    );
    assert_eq!(
        openings(text)[..5],
        ["海洋工程", "海洋倾废", "海洋保护", "海域采砂", "加强领导"]
    );
}

#[test]
fn a_checklists_questions_are_no_tasks_but_checking_is_work() {
    let text = "清溪县混凝土搅拌站专项整治工作方案\n\
        一、整治内容\n\
        1.生产设备和工艺是否符合国家规定；\n\
        2.环保设施建设和防护措施是否到位；\n\
        二、实施步骤\n\
        （一）自查自纠阶段（2016年4月）。各搅拌站对照整治内容开展自查。\n\
        （二）检查验收阶段（2016年6月）。检查各搅拌站是否整改到位。\n";
    assert_eq!(openings(text), ["自查自纠", "检查验收"]);
}

#[test]
fn a_line_that_only_assigns_gives_its_units_to_the_row_above() {
    // a task table read as paragraphs: the row's unit cells stand on lines of their own
    // under its number and task; they are no task with empty words
    let text = "清溪县农业局2016年政务公开工作主要任务分解表\n\
        \n\
        一、围绕深化改革推进公开\n\
        \n\
        （一）推进政务服务公开\n\
        \n\
        1.公开权力清单。（牵头单位：县编办）\n\
        \n\
        2.推进“互联网＋政务”\n\
        \n\
        县行政审批局\n\
        \n\
        综合科牵头，各科配合落实\n\
        \n\
        推动政务服务事项办理由实体大厅向网上大厅延伸。\n\
        \n\
        3.推进公共企事业单位办事公开\n\
        \n\
        综合科牵头，各科配合落实\n\
        \n\
        制定完善具体办法，组织编制公共服务事项目录。\n\
        ";
    let plan = parse_text(text);
    assert_eq!(
        long_openings(&plan),
        ["公开权力清单", "推进“互联网", "推进公共企事"]
    );
    assert!(plan.tasks.iter().all(|t| !t.text.value.is_empty()));
    assert_eq!(unit_names(&plan)[1], ["县行政审批局", "综合科", "各科"]);
}

#[test]
fn a_heading_of_aims_is_no_task_for_want_of_an_assignment_beside_assigned_parts() {
    let text = "清河区权力运行网上公开工作方案\n\
        一、总体要求\n\
        （一）指导思想。坚持以法治思维和改革办法推进权力运行公开。\n\
        （二）工作目标。年底前实现行政权力网上运行全覆盖。\n\
        二、工作任务\n\
        （一）梳理公开事项目录。（牵头单位：区经济发展局）\n\
        （二）编制权力运行流程图。（牵头单位：区交通与建设局）\n\
        三、监督检查。督促各责任单位按照序时进度开展工作。（责任单位：区纪工委）\n";
    assert_eq!(openings(text), ["梳理公开", "编制权力", "监督检查"]);
}

#[test]
fn a_list_under_a_work_heading_is_work_though_a_later_part_assigns_units() {
    // `二、工作措施` names no units; `三、职责分工` names them now and then, in prose
    let text = "清溪县儿童青少年近视防控工作实施方案\n\n\
                一、工作目标\n\n全县儿童青少年近视率每年降低0.5个百分点。\n\n\
                二、工作措施\n\n\
                （一）开展视力监测筛查行动。严格落实每学期不少于2次的视力监测制度。\n\n\
                （二）开展健康教室行动。大力推进健康教室建设，严格执行国家相关标准。\n\n\
                三、职责分工\n\n\
                （一）县教育局完善学校体育场地设施，加快体育与健康师资队伍建设。\n\n\
                （二）县卫健局组建专家队伍，科学指导儿童青少年近视防治工作。\n\n\
                （三）县财政局将近视防控专项经费列入年度部门预算，由县教育局统筹使用。\n\n\
                （四）县市场监管局严格监管验光配镜行业，整顿配镜市场秩序。\n";
    assert_eq!(
        openings(text),
        [
            "开展视力",
            "开展健康",
            "县教育局",
            "县卫健局",
            "县财政局",
            "县市场监"
        ]
    );
}

#[test]
fn dated_stages_under_a_time_heading_run_into_its_sentence_are_work() {
    // `一、时间安排秋季…` (a flattened page glued the heading to its sentence): each stage
    // stating its own time is work done then, as under a heading on its own line
    let text = "某镇秋季动物防疫工作方案\n\n\
                一、时间安排秋季重大动物疫病防控工作从2023年9月15日起至11月16日止，分三个阶段进行。\n\
                （一）宣传发动阶段（2023年9月15日前）。召开全镇秋防工作发动会议。\n\
                （二）调查摸底阶段（2023年9月15日起至9月25日）。对辖区内存栏应免的畜禽进行调查。\n\
                （三）集中免疫阶段（2023年9月25日至10月30日）。对辖区内畜禽集中开展强制免疫。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            ("宣传发动".to_owned(), vec!["2023年9月15日前".to_owned()]),
            (
                "调查摸底".to_owned(),
                vec!["2023年9月15日起至9月25日".to_owned()]
            ),
            (
                "集中免疫".to_owned(),
                vec!["2023年9月25日至10月30日".to_owned()]
            ),
        ]
    );
}

#[test]
fn sub_item_paragraphs_under_a_heading_with_words_of_its_own_are_tasks_it_leads() {
    // `一是…` `二是…` on their own lines under a heading that says more of its work (its own
    // sentence, its time): each a task, the heading's words and time leading the first
    let text = "某区未成年人保护工作实施方案\n\n一、总体要求\n\
                以习近平新时代中国特色社会主义思想为指导，全面加强未成年人保护工作。\n\n\
                二、主要任务\n\
                （一）加强家庭保护。全面落实家庭监护主体责任，到2024年底前实现家长学校全覆盖。主要抓好以下工作：\n\
                一是强化家庭教育指导。在社区建立家长学校，开展家庭教育宣传活动。\n\
                二是落实监护责任。督促父母依法履行监护职责，加强对留守儿童的关爱帮扶。\n\
                （二）加强学校保护。\n\
                把未成年人保护工作纳入学校工作重点，加强督导检查，2024年6月底前完成专项督导。\n\
                一是完善校园安全管理制度。健全学校安全管理制度，定期开展安全隐患排查。\n\
                二是加强心理健康教育。配齐心理健康教师，开展心理健康筛查。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        ["加强家庭", "二是落实", "加强学校", "二是加强"]
    );
    // (the time the heading's words state is each sub-item's)
    assert_eq!(read[0].1, ["2024年底前"]);
    assert_eq!(read[1].1, ["2024年底前"]);
    assert_eq!(read[2].1, ["2024年6月底前"]);
    assert_eq!(read[3].1, ["2024年6月底前"]);
    let plan = parse_text(text);
    assert!(plan.tasks[2].text.value.contains("纳入学校工作重点"));
    assert!(plan.tasks[2]
        .text
        .value
        .contains("一是完善校园安全管理制度"));
    // sub-items run on in one paragraph after a heading's words stay its one task (the seeds'
    // layout: they share the heading's assignment)
    let inline = "某区未成年人保护工作实施方案\n\n二、主要任务\n\
                  （一）加强家庭保护。一是强化家庭教育指导。二是落实监护责任。（区妇联牵头）\n";
    assert_eq!(openings(inline), ["加强家庭"]);
    // …and a sub-item opening its line while the next runs on inside it is no list of lines
    let mixed = "某区未成年人保护工作实施方案\n\n二、主要任务\n（一）加强家庭保护。\n\
                 一是强化家庭教育指导。开展宣传活动。二是落实监护责任。加强关爱帮扶。\n";
    assert_eq!(openings(mixed), ["加强家庭"]);
}

#[test]
fn a_list_in_a_part_of_a_work_heading_is_work_though_its_neighbour_names_units() {
    // `二、主要内容` over `（一）` `（二）`: the first part's items address a post, the second's
    // name who does them — both lists are the plan's work
    let text = "清溪县重大事故隐患专项排查整治行动实施方案\n\n\
                一、工作目标\n\n重大事故隐患得到有效遏制。\n\n\
                二、主要内容\n\n\
                （一）紧盯关键少数，落实企业全员安全生产责任制\n\n\
                1.研究组织本企业重大事故隐患排查整治。企业主要负责人要组织开展自查自改。\n\n\
                2.组织开展事故应急救援演练活动。企业主要负责人要至少组织开展1次应急演练。\n\n\
                （二）严格监督检查，推动企业主体责任落实\n\n\
                1.明确排查整治标准要求。县住建局要迅速传达部署到行业企业。\n\n\
                2.提升监管人员能力水平。县交通运输局要集中开展安全生产专题培训。\n\n\
                3.建立倒查机制严格问责。县应急管理局要建立安全监管责任倒查机制。\n";
    assert_eq!(
        openings(text),
        ["研究组织", "组织开展", "明确排查", "提升监管", "建立倒查"]
    );
}

#[test]
fn an_untitled_page_of_phases_checking_work_since_a_year_is_a_plan() {
    // a page cut from a plan's middle: its phases give their work to units; `2003年以来`
    // names what is checked, it reports nothing done
    let text = "（二）自查摸底阶段（7月3日至7月15日）。各市、县政府对辖区内重点污染问题和2003年以来\
                重点工作落实情况进行深入检查。各市环保专项行动领导小组要于7月15日前将检查情况报省环保专项行动领导小组办公室。\n\
                （三）全面整治阶段（7月16日至8月31日）。各市、县政府组织有关部门对检查出的重点环境问题进行集中整治。\n\
                （四）总结考核阶段（10月1日至11月10日）。各市政府要认真总结环保行动取得的成效与不足。\n";
    let plan = parse_text(text);
    assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
    assert_eq!(openings(text), ["自查摸底", "全面整治", "总结考核"]);
}

#[test]
fn a_heading_of_the_works_time_and_aims_is_context() {
    // `一、工作时间和目标。` run into its sentence: when the campaign runs and what it aims at
    let text = "清溪镇道路交通安全大整治百日行动工作方案\n\
                一、工作时间和目标。从3月1日起至6月10日在全镇范围内组织开展道路交通安全大整治，努力实现事故明显下降。\n\
                二、整治重点\n\
                （一）路面违法大整治。镇道安办要协调派出所严查严处超载超限、酒驾醉驾等严重交通违法行为。\n\
                （二）重点区域大整治。盯紧事故多发村，采取超常规的措施进行集中整治。\n\
                （三）交通安全大宣传。强化对重点车辆驾驶人的点对点宣传提示警示教育。\n";
    assert_eq!(openings(text), ["路面违法", "重点区域", "交通安全"]);
}

#[test]
fn under_a_duties_heading_a_numbered_item_opening_with_its_unit_is_its_duty() {
    // the unit's name, then its work with any verb (充分发挥, 增加) or none (全区…经费由…)
    let text = "清溪县儿童青少年近视防控工作实施方案\n\
                一、工作目标\n全县儿童青少年近视率每年降低0.5个百分点。\n\
                二、职责分工\n\
                （一）县教育局负责儿童青少年近视防控工作。\n\
                （二）县委宣传部充分发挥电视、网络、新媒体等作用，宣传推广近视防治知识。\n\
                （三）县财政局确保近视防控工作所需经费，并将其列入年度部门预算。\n\
                （四）县文体局增加适合儿童青少年户外活动的场地设施。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["县教育局"],
            vec!["县委宣传部"],
            vec!["县财政局"],
            vec!["县文体局"]
        ]
    );
}

#[test]
fn an_item_opening_with_one_unit_s_duty_and_its_partners_is_theirs() {
    // `X负责，Y配合，…` with no 由: X leads, Y cooperates, and the work's text is what follows
    // (a bureau's long name after a place the vocabulary does not know is a name)
    let text = "莆田市2008年食品安全工作要点\n\
                一、重点工作\n\
                1.莆田出入境检验检疫局负责，市工商局配合，加强流通环节进口食品质量安全监管。\n\
                2.市工商局负责，市经贸委、市农业局配合，严格实施集贸市场肉品销售公示制度。\n\
                3.市城管执法局负责，取缔城区无照经营食品小摊点。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("莆田出入境检验检疫局", UnitRole::Lead),
                ("市工商局", UnitRole::Cooperating)
            ],
            vec![
                ("市工商局", UnitRole::Lead),
                ("市经贸委", UnitRole::Cooperating),
                ("市农业局", UnitRole::Cooperating)
            ],
            vec![("市城管执法局", UnitRole::Responsible)],
        ]
    );
    assert!(plan.tasks[0].text.value.starts_with("加强流通环节"));
}

#[test]
fn a_leading_assignment_after_an_item_s_short_title_is_read_like_a_bracket() {
    // `（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。要…`: the title names a
    // field of work, and the sentence after the assignment keeps its full stop
    let text = "清溪县安全生产专项整治工作方案\n\
                一、整治重点\n\
                （一）道路交通安全专项整治，由公安部门负责，有关部门配合。要继续加大违法行为的整治力度。\n\
                （二）建筑领域安全专项整治，由建设部门负责，有关部门配合。以预防建筑事故为重点。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("公安部门", UnitRole::Lead),
                ("有关部门", UnitRole::Cooperating)
            ],
            vec![
                ("建设部门", UnitRole::Lead),
                ("有关部门", UnitRole::Cooperating)
            ],
        ]
    );
    assert_eq!(
        plan.tasks[0].text.value,
        "道路交通安全专项整治。要继续加大违法行为的整治力度。"
    );
}

#[test]
fn a_step_beside_a_sibling_heading_its_own_tasks_is_a_task_missing_its_units() {
    // `1.排查内容` heads `（1）…牵头单位：…`; `2.排查范围` and `3.排查时限` are steps of the
    // same work that name no unit
    let text = "某片区自建房安全专项整治实施方案\n\
                一、主要任务\n\
                （一）全面排查隐患\n\
                1.排查内容。重点排查结构安全性、经营安全性等内容。\n\
                （1）结构安全性排查。开展结构安全性排查。牵头单位：交通与建设处 责任单位：各村\n\
                （2）经营安全性排查。开展经营安全性排查。牵头单位：经济发展处 责任单位：各村\n\
                2.排查范围。重点排查拆迁安置区、学校医院周边等区域。\n\
                3.排查时限。2023年6月底前完成所有自建房排查摸底。\n\
                二、工作要求\n\
                （一）加强组织领导。各村要高度重视。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("结构安全", &[]),
            due("经营安全", &[]),
            due("排查范围", &[]),
            due("排查时限", &["2023年6月底前"]),
        ]
    );
}

#[test]
fn a_list_under_a_campaign_s_focus_that_names_no_work_lists_its_targets() {
    // `二、整治重点` over violations and `四、工作重点` over `重点区域：…`: what is looked at,
    // not tasks; the duties after them are
    let text = "平潭综合实验区开展“平安上学路”交通专项整治工作方案\n\
                一、工作目标\n学生交通安全意识明显提高。\n\
                二、整治重点\n\
                （一）重点整治行为\n\
                1.企业“挂靠”、“走票”等出租出借证照的违法违规行为；\n\
                2.超范围、超方式经营；\n\
                （二）重点检查品种\n\
                1.血液制品、疫苗；\n\
                2.其它可疑品种。\n\
                三、工作重点\n\
                1.重点区域：辖区中小学、幼儿园及周边道路。\n\
                2.重点车辆：二轮摩托车、电动车、面包车。\n\
                四、工作内容\n\
                1.区交通与建设局负责打击面包车等非校车的非法营运行为。\n\
                2.区公安局负责针对重点车辆超员、超载等违法行为开展重点整治。\n\
                3.各乡镇负责组织开展辖区内中小学周围路段交通安全整治工作。\n";
    assert_eq!(openings(text), ["区交通与", "区公安局", "各乡镇负"]);
}

#[test]
fn under_a_heading_of_duties_an_item_shares_its_work_out_to_the_units_its_sentences_open_with() {
    // `（一）X牵头…工作。` heads the duties after it (`X负责…。Y，负责…。Z，负责…`): each duty
    // is a task, led by X; the units before a comma are the duty's subject
    let text = "全区商品砼市场专项整治方案\n\
                一、整治对象\n将全区三家企业列为整治对象。\n\
                二、责任分工\n\
                （一）区市场监管局牵头涉嫌垄断调查整治工作。区市场监管局负责调查三家公司涉嫌垄断行为线索的情况。区土开集团、城投集团，负责统计本集团项目商品砼采购情况。区行政审批局，负责提供商品砼企业档案资料。区税务局，负责加强税源征收管理。\n\
                （二）区执法应急局，负责调查商品砼企业砂石来源是否合法。\n\
                三、工作要求\n\
                （一）高度重视。各有关部门要提高思想认识。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("区市场监管局", UnitRole::Lead)],
            vec![
                ("区市场监管局", UnitRole::Lead),
                ("区土开集团", UnitRole::Responsible),
                ("城投集团", UnitRole::Responsible)
            ],
            vec![
                ("区市场监管局", UnitRole::Lead),
                ("区行政审批局", UnitRole::Responsible)
            ],
            vec![
                ("区市场监管局", UnitRole::Lead),
                ("区税务局", UnitRole::Responsible)
            ],
            vec![("区执法应急局", UnitRole::Responsible)],
        ]
    );
}

#[test]
fn a_flattened_rows_unit_cell_after_its_item_is_that_items_units() {
    // a table printed one cell a line: `区行政审批局` after row 1's task is row 1's unit,
    // not a heading over row 2, since row 2 goes on numbering row 1's list
    let text = "某局2016年政务公开工作任务实施方案\n\
                一、围绕深化改革推进公开\n\
                （一）进一步推进权力清单和责任清单公开\n\
                1.全面公开区管委会工作部门权力清单和责任清单\n\
                区行政审批局\n\
                综合处牵头，各处、单位配合落实\n\
                通过政府门户网站集中展示，及时动态更新。\n\
                2.管委会工作部门取消、下放、保留行政审批等事项的公开\n\
                综合处牵头\n\
                重点公开保留的行政许可事项清单。\n\
                （二）推进市场监管公开透明\n\
                3.推进企业信用信息公示系统建设\n\
                区办公室、区市场监督管理局\n\
                综合处牵头\n\
                推动信用信息互联共享。\n\
                4.推进公共企事业单位办事公开\n\
                区教育局\n\
                综合处牵头\n\
                组织编制公共服务事项目录。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("区行政审批局", UnitRole::Responsible),
                ("综合处", UnitRole::Lead),
                ("各处、单位", UnitRole::Cooperating)
            ],
            vec![("综合处", UnitRole::Lead)],
            vec![
                ("区办公室", UnitRole::Responsible),
                ("区市场监督管理局", UnitRole::Responsible),
                ("综合处", UnitRole::Lead)
            ],
            // (the last row's cell, no number after it, is confirmed by the assignment line)
            vec![
                ("综合处", UnitRole::Lead),
                ("区教育局", UnitRole::Responsible)
            ],
        ]
    );
    // the cell is no part of the task's text
    assert!(plan.tasks[0]
        .text
        .value
        .starts_with("全面公开区管委会工作部门权力清单和责任清单\n通过"));
}

#[test]
fn a_units_name_over_numbering_that_starts_again_heads_its_duties() {
    // `市财政局` after item （二） is followed by （一）: the numbering starts again under it,
    // so it heads the duties below, as `市建设局` does under the chapter
    let text = "某市工作方案\n\
                三、职责分工\n\
                市建设局\n\
                （一）负责城区道路改造。\n\
                （二）负责老旧小区改造。\n\
                市财政局\n\
                （一）负责保障改造资金。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [vec!["市建设局"], vec!["市建设局"], vec!["市财政局"]]
    );
}

#[test]
fn a_list_of_groups_each_with_its_lead_is_one_task_not_one_per_group() {
    // each bracket closes an item of a list (before 、), not a sentence group of work
    let text = "某市专项整治行动方案\n\
                四、保障措施\n\
                （一）加强领导，落实责任。领导小组办公室分设农产品整治组（市农业局牵头）、食品和消费品整治组（市质量技监局牵头）、流通领域商品整治组（市工商局牵头）。\n\
                （二）强化督查，定期通报各地工作进展（市监察局牵头）。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["市农业局", "市质量技监局", "市工商局"],
            vec!["市监察局"]
        ]
    );
}

#[test]
fn the_items_under_a_step_titled_with_its_time_are_that_steps_work() {
    // `（四）处置整治(2020年2月29日前完成）` heads three pieces of work naming no units: each is a
    // task by the step's time, as work under a month heading is
    let text = "某区房屋安全隐患排查整治专项行动方案\n\
                四、工作安排\n\
                （一）组织部署(3月10日前完成)区直相关部门和各乡镇要结合我区实际制定周密的排查工作方案。\n\
                （二）部门职责\n\
                1.区交通与建设局：负责技术指导服务。\n\
                2.区规划局：做好规划管控工作。\n\
                （四）处置整治(2020年2月29日前完成）\n\
                1.各乡镇对排查发现的房屋安全隐患要抓紧彻底整治。\n\
                2.对存在重大安全隐患的房屋，要边查边清。\n\
                3.对业主未按要求落实整改的，依法处理。\n\
                五、保障措施\n\
                （一）强化领导。各部门要统一思想。\n";
    assert_eq!(
        openings_and_deadlines(text)[3..],
        [
            due("各乡镇对", &["2020年2月29日前"]),
            due("对存在重", &["2020年2月29日前"]),
            due("对业主未", &["2020年2月29日前"]),
        ]
    );
}

#[test]
fn sector_departments_before_a_colon_head_their_duties_and_an_adverb_is_no_unit() {
    // `公安部门:` names the item's unit though it ends in a class word; `全力协助卫生部门完成…`
    // has no subject (全力 is how the work is done, 卫生部门 whom it helps)
    let text = "某市艾滋病项目工作方案\n\
                1、政府职责:各县区政府负责本行政区域项目的组织领导和协调工作。\n\
                2、公安部门:提供基础材料。全力协助卫生部门完成调查工作。\n\
                3、司法部门:提供基础材料。\n";
    let plan = parse_text(text);
    // (and 各县区政府 after a field's label is a class over levels, not 区政府)
    assert_eq!(
        unit_names(&plan),
        [vec!["各县区政府"], vec!["公安部门"], vec!["司法部门"]]
    );
}

#[test]
fn a_subject_before_continuing_work_and_after_a_sub_items_number_is_the_items_unit() {
    // `各乡镇政府继续推进…` (继续 follows a doer as 加强 does); `(1)水务局抓好…` (the sub-item's
    // number is none of the name)
    let text = "某县环保目标责任分解细则\n\
                一、工作任务\n\
                (一)环境建设\n\
                1、各乡镇政府继续推进2个生态文明村建设工作。\n\
                2、水务局加强新城自然保护区的建设管理。\n\
                3、(1)水务局抓好自然保护区的晋档工作。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [vec!["各乡镇政府"], vec!["水务局"], vec!["水务局"]]
    );
}

#[test]
fn a_stage_line_closed_by_a_full_stop_still_heads_the_work_under_it() {
    // `第一阶段:编制…目录(6月至7月)。`: the stop closes the stage's line, no sentence of work
    let text = "某市推行政务公开工作实施方案\n\
                一、指导思想\n坚持公开为常态。\n\
                二、实施步骤\n\
                第一阶段:编制、审核政务公开目录(6月至7月)。\n\
                各部门编制政务公开分类目录，报送上级审核。\n\
                第二阶段:规范政务公开栏目(8月至10月)。\n\
                各级政府及其部门要进一步规范网上政务公开栏目。\n\
                第三阶段:督查考核(11月)。\n\
                各级政务公开工作机构要组织人员开展监督检查。\n\
                三、工作要求\n\
                (一)各级领导要充分认识推行政务公开的重要意义。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(read.len(), 3, "{read:?}");
    assert_eq!(
        read[..2],
        [
            due("各部门编", &["6月至7月"]),
            due("各级政府", &["8月至10月"])
        ]
    );
    // (a bare month closing the stage's line is its time too)
    assert_eq!(read[2], due("各级政务", &["11月"]));
}

#[test]
fn a_stages_paragraphs_are_its_one_piece_of_work() {
    // a stage's work described over two paragraphs is one task with the stage's time, where a
    // month's lines (`三月份：` then one line per activity) are its items
    let text = "某市推行政务公开工作实施方案\n\
                一、实施步骤\n\
                第一阶段:编制、审核政务公开目录(6月至7月)。\n\
                各部门编制政务公开分类目录，报送上级审核。\n\
                市政务公开审核小组负责区县政务公开目录的审核、修订。\n\
                第二阶段:督查考核(11月)。\n\
                各级政务公开工作机构要组织人员开展监督检查。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [due("各部门编", &["6月至7月"]), due("各级政务", &["11月"])]
    );
}

#[test]
fn a_numbered_stage_headings_bare_month_is_the_time_of_its_work() {
    // `（三）制定整改措施和总结表彰阶段（11月）` over its body: the heading's own line ends at
    // the bracket, and the title names itself a stage however long it is
    let text = "某市整治工作实施方案\n\
                一、实施步骤\n\
                (一)动员阶段(7月)\n\
                各单位要制定方案。\n\
                (二)制定整改措施和总结表彰阶段(11月)\n\
                各单位要认真制定整改措施。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [due("动员阶段", &["7月"]), due("制定整改", &["11月"])]
    );
}

#[test]
fn paragraphs_each_opening_with_a_unit_that_is_responsible_are_a_duty_list() {
    // `（二）强化各职能部门的监管责任。` over one paragraph per department, each `X部门负责…`
    // without a colon: each paragraph is that department's task, the heading none
    let text = "某市食品安全监管工作方案\n\
                一、工作目标\n确保全年不发生重大食品安全事故。\n\
                二、工作措施\n\
                （一）强化各职能部门的监管责任。\n\
                农业部门负责农产品生产环节的监管。具体包括农产品产地环境的监督管理。\n\
                质监部门负责产品生产加工环节的监管。具体包括加工环节的质量监督。\n\
                工商部门负责产品流通环节的监管。具体包括严格食品经营主体市场准入。\n\
                （二）加强宣传。县委宣传部负责宣传报道。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["农业部门"],
            vec!["质监部门"],
            vec!["工商部门"],
            vec!["县委宣传部"]
        ]
    );
    assert_eq!(openings(text)[..3], ["农业部门", "质监部门", "工商部门"]);
}

#[test]
fn levels_sharing_one_body_are_one_collective() {
    // `县、镇政府` is the governments of the county and of its towns, as the plan defines it:
    // as a sentence's subject and in a label's list alike
    let text = "某县实施方案\n\
                一、时间节点\n\
                1.2020年10月底前，县、镇政府全面落实标准指引，编制完成本级标准目录。\n\
                2.2021年年底前，县政府进一步完善本级标准目录。\n";
    assert_eq!(
        unit_names(&parse_text(text)),
        [vec!["县、镇政府"], vec!["县政府"]]
    );
    let text = "某县实施方案\n\
                一、主要任务\n\
                1.编制完成本级政务公开事项标准目录。（责任单位：县、镇政府）\n\
                2.完善本级政务公开事项标准目录。（责任单位：县政务公开办、县司法局）\n";
    assert_eq!(
        unit_names(&parse_text(text)),
        [vec!["县、镇政府"], vec!["县政务公开办", "县司法局"]]
    );
}

#[test]
fn a_triangle_before_a_units_name_marks_the_lead() {
    // `▲县发改局、县统计局`: the marked unit leads, its mark no part of its name
    let text = "某县重点工作责任清单\n\
                1.生产总值增长7.5%左右。（责任单位：▲县发改局、县统计局）\n\
                2.一般公共预算收入增长7.5%。（责任单位：▲县财政局、县税务局）\n";
    let plan = parse_text(text);
    let roles = units_and_roles(&plan);
    assert_eq!(
        roles,
        [
            vec![
                ("县发改局", UnitRole::Lead),
                ("县统计局", UnitRole::Responsible)
            ],
            vec![
                ("县财政局", UnitRole::Lead),
                ("县税务局", UnitRole::Responsible)
            ]
        ]
    );
}

#[test]
fn a_plain_subject_assigns_an_item_among_items_that_state_their_units() {
    // in a plan that states its assignments (`县农业局：负责…`), `（二）加强宣传。` over
    // `县委宣传部负责宣传报道。` is that unit's task; no unit is read inside 城乡: the
    // department named by its two sectors is the whole `住房和城乡建设部门`, not 乡建设部门
    let text = "某县食品安全监管工作方案\n\
                一、工作措施\n\
                （一）强化监管责任。\n\
                县农业局：负责农产品生产环节的监管。\n\
                县质监局：负责产品生产加工环节的监管。\n\
                （二）加强宣传。\n\
                县委宣传部负责宣传报道。\n\
                （三）规范建筑工地。住房和城乡建设部门负责建筑施工单位的监督管理。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["县农业局"],
            vec!["县质监局"],
            vec!["县委宣传部"],
            vec!["住房和城乡建设部门"]
        ]
    );
}

#[test]
fn no_subject_starts_inside_a_word() {
    // the 乡 of 城乡 opens no unit's name: `住房和城乡建设部门负责…` is not 乡建设部门's work
    let text = "某县烟花爆竹禁放工作方案\n\
                一、职责分工\n\
                （一）公安部门负责烟花爆竹禁放的监督管理。\n\
                （二）住房和城乡建设部门负责建筑施工单位烟花爆竹禁放监督管理。\n";
    let plan = parse_text(text);
    assert_eq!(plan.tasks.len(), 2);
    assert!(
        plan.tasks[1].units.iter().all(|u| u.name != "乡建设部门"),
        "{:?}",
        unit_names(&plan)
    );
}

#[test]
fn a_time_alone_on_its_line_closes_the_row_above() {
    // a table copied one cell per line: each row's text, then its time cell; the time is
    // that row's, not a period heading over the next row
    let text = "某区创卫工作责任分解表\n\
                区城管局负责,工商局配合,取缔各类农贸市场占道经营现象。\n\
                2008年5月1日前\n\
                区商务局、区城管局负责督促业主完成市场公厕达标改造。\n\
                2008年6月30日前\n\
                区城建局负责,各街道办事处配合,清除城中村菜地。\n\
                2008年4月15日前\n";
    let read = openings_and_deadlines(text);
    assert_eq!(
        read,
        [
            due("取缔各类", &["2008年5月1日前"]),
            due("区商务局", &["2008年6月30日前"]),
            due("清除城中", &["2008年4月15日前"])
        ]
    );
    assert_eq!(unit_names(&parse_text(text))[1], ["区商务局", "区城管局"]);
}

#[test]
fn stages_written_as_paragraphs_are_each_a_task_by_their_own_time() {
    // `第二阶段:集中整治(5月15日至11月底)。…` names no unit, but is the schedule's work as the
    // stages beside it are; before, only the stages naming units were tasks
    let text = "某市城乡环境卫生清洁工程实施方案\n\
                一、工作目标\n确保全市环境卫生明显改善。\n\
                二、实施步骤\n\
                第一阶段:宣传发动(5月1日至5月14日)。各县(区、市)要召开动员大会，广泛宣传。\n\
                第二阶段:集中整治(5月15日至11月底)。按照突出重点、全面整治的原则，开展全面整治活动。\n\
                第三阶段:总结评比(12月上旬)。市清洁工程领导组对各县(区、市)进行检查考核。\n\
                三、保障措施\n（一）加强领导。成立领导小组。\n";
    let read = openings_and_deadlines(text);
    assert_eq!(read.len(), 3, "{read:?}");
    assert_eq!(read[1].0, "第二阶段");
    assert!(!read[1].1.is_empty(), "{read:?}");
    assert_eq!(read[2], due("第三阶段", &["12月上旬"]));
}

#[test]
fn stages_naming_their_units_are_not_one_body_of_the_heading_above_them() {
    // `四、实施步骤` over `第一阶段启动宣传阶段。各机关…` `第二阶段…`: three tasks, not the
    // heading's one with every stage's units
    let text = "某镇环境卫生整洁行动实施方案\n\
                一、工作目标\n确保全镇环境卫生明显改善。\n\
                二、实施步骤\n\
                第一阶段启动宣传阶段。各村委会根据行动目标要求，制定具体实施方案和措施。\n\
                第二阶段实施推进阶段。各村委会围绕行动计划，清理转运历史积存垃圾。\n\
                第三阶段考核验收阶段。活动期间，镇领导小组对活动开展情况进行督查。\n\
                三、保障措施\n（一）加强领导。成立领导小组。\n";
    let plan = parse_text(text);
    assert_eq!(
        long_openings(&plan),
        ["第一阶段启动", "第二阶段实施", "第三阶段考核"]
    );
    assert_eq!(unit_names(&plan)[2], ["镇领导小组"]);
}

#[test]
fn a_lone_paragraph_opening_with_a_stage_is_no_schedule() {
    // one `第一阶段…` sentence with no second stage is more of its item's body
    let text = "某县农村公路建设实施方案\n\
                一、工作任务\n\
                （一）推进公路建设。县交通局负责全县农村公路建设。\n\
                第一阶段目标是完成50公里路面硬化，确保通村公路全部畅通，群众出行更加便捷安全。\n\
                （二）加强养护管理。县公路中心负责养护。\n";
    assert_eq!(openings(text), ["推进公路", "加强养护"]);
}

#[test]
fn a_departments_own_offices_and_group_labels_open_their_duty_paragraphs() {
    // `局社会福利和彩票管理科负责…`: 局 opens the issuing bureau's own office as a level
    // opens a unit; `第一组:` labels the group, no unit
    let text = "关于开展民政领域安全生产专项检查的通知\n\
                一、工作目标\n扎实开展安全生产专项检查。\n\
                二、工作安排\n\
                (一)检查时间: 2021年6月中旬—2021年8月中旬。\n\
                (二)具体分工:\n\
                第一组:局社会福利和彩票管理科负责开展养老机构安全生产检查工作。\n\
                第二组:局社会事务和社会组织管理科负责牵头救助、殡葬机构安全生产检查。\n\
                局安全生产监督管理科负责督促各科室开展安全生产检查工作。\n\
                三、工作要求\n(一)高度重视。要充分认识安全生产的重要性。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("局社会福利和彩票管理科", UnitRole::Responsible)],
            vec![("局社会事务和社会组织管理科", UnitRole::Lead)],
            vec![("局安全生产监督管理科", UnitRole::Responsible)],
        ]
    );
    // (in a plan read in prose the labelled paragraphs read as topics first; the plain one
    // after them is a duty of its own still)
    let prose = "某市民政局安全生产专项检查工作方案\n\
                 二、具体分工\n\
                 第一组:局社会福利和彩票管理科负责开展养老机构安全生产检查工作。\n\
                 第二组:局社会事务和社会组织管理科负责牵头救助机构安全生产检查。\n\
                 局安全生产监督管理科负责督促各科室开展安全生产检查工作。\n\
                 三、实施步骤\n\
                 第一阶段:动员部署(2025年3月1日至3月15日)。各镇（街道）组织开展自查。\n\
                 第二阶段:集中检查(2025年3月16日至5月31日)。对社会服务机构开展现场检查。\n";
    assert_eq!(
        long_openings(&parse_text(prose)),
        [
            "第一组:局社",
            "第二组:局社",
            "局安全生产监",
            "第一阶段:动",
            "第二阶段:集"
        ]
    );
}

#[test]
fn a_part_reporting_a_years_results_holds_no_tasks() {
    // `一、2022年工作成效` over items and `一、2018年工作回顾` over paragraphs report that year;
    // the next year's part plans
    let text = "某街道2022年工作总结及2023年工作思路\n\
                一、2022年工作成效\n\
                1.从严从紧抓好疫情防控。累计排查居民17.34万人，筑牢疫情防控屏障。\n\
                2.稳扎稳打抓好经济发展。今年1-11月，街道实现财政总收入18.35亿元。\n\
                二、2023年工作思路\n\
                1.抓好招商引资。全年引进重点企业10家。\n\
                2.抓好社区建设。推进现代社区建设。\n";
    assert_eq!(openings(text), ["抓好招商", "抓好社区"]);
    let text = "某镇2018年政府工作报告和2019年工作计划\n\
                一、2018年工作回顾\n\
                2018年，在县委、县政府的正确领导下，全镇较好地完成了年初确定的目标任务。\n\
                一年来，我们以稳定发展为要务，推动经济继续保持健康发展。\n\
                二、2019年工作计划\n\
                （一）加快产业发展。新建标准化厂房2万平方米。\n\
                （二）改善人居环境。完成20个村的污水治理。\n";
    assert_eq!(openings(text), ["加快产业", "改善人居"]);
}

#[test]
fn the_legal_basis_of_a_plan_is_no_task() {
    // `（二）相关依据：…法律法规。` under a heading of who acts and on what basis
    let text = "某镇景区违建集中整治工作方案\n\
                一、整治依据\n\
                （一）相关依据：中华人民共和国城乡规划法等相关法律法规。\n\
                二、整治安排\n\
                （一）确定具体整治日期。\n\
                （二）发布整治公告及送达法律文书。\n";
    assert_eq!(openings(text), ["确定具体", "发布整治"]);
}

#[test]
fn a_chain_of_units_duties_in_a_work_notice_is_one_task_per_unit() {
    // (no numbering, a notice's title: each unit's sentence of the chain is its own task)
    let plan = parse_text(
        "关于认真做好2018年度全区退役士兵安置工作的通知\n各乡、镇人民政府，区直各单位：\n现就认真做好退役士兵安置工作通知如下：\n各有关单位要依法履行接收安置退役士兵的责任和义务。公安部门要及时办理退役士兵户口手续；人力资源和社会保障部门要及时办理用工和社会保险手续；财政部门要及时落实安置经费保障；民政部门要做好安置的协调工作。\n区人民政府办公室\n2018年11月6日\n",
    );
    assert_eq!(
        unit_names(&plan),
        [
            vec!["公安部门"],
            vec!["人力资源和社会保障部门"],
            vec!["财政部门"],
            vec!["民政部门"]
        ]
    );
}

#[test]
fn a_chain_under_a_heading_splits_but_two_subjects_stay_one_task() {
    let plan = parse_text(
        "端午节假期旅游工作方案\n一、旅游环境保障\n各相关部门要各司其职。文旅局要规范旅游经营行为。市场监管局要加强景区市场管理。交警大队要加强交通疏导。\n二、强化经费保障\n县财政局要保障活动经费，县审计局要加强资金监督。\n",
    );
    assert_eq!(
        unit_names(&plan),
        [
            vec!["文旅局"],
            vec!["市场监管局"],
            vec!["交警大队"],
            vec!["县财政局", "县审计局"]
        ]
    );
    // a chapter titled as a piece of work is one task, its duties shared out
    let plan = parse_text(
        "端午节假期旅游工作方案\n一、做好旅游环境保障\n各相关部门要各司其职。文旅局要规范旅游经营行为。市场监管局要加强景区市场管理。交警大队要加强交通疏导。\n",
    );
    assert_eq!(
        unit_names(&plan),
        [vec!["各相关部门", "文旅局", "市场监管局", "交警大队"]]
    );
}

#[test]
fn a_heading_of_the_events_purpose_is_context() {
    let text = "关于举办康乐县首届乡村篮球大赛方案\n一、办赛目的\n大赛旨在加强农村精神文明建设，增强农民群众健身意识。\n二、赛事安排\n（一）第一阶段：准备阶段（9月17日-21日），组建球队，成立组委会。\n（二）第二阶段：比赛阶段（9月22日-9月26日），各乡镇篮球队分组比赛。\n";
    assert_eq!(openings(text), ["第一阶段", "第二阶段"]);
}

#[test]
fn a_list_of_what_a_campaign_publicises_is_its_work() {
    // `一、宣传内容` names no units; the part on how it is done names who organises it
    let text = "李家岔镇扫黑除恶专项斗争宣传方案\n\
                一、宣传内容\n\
                （一）深入学习宣传扫黑除恶专项斗争通知精神。广泛宣传党中央、国务院通知要求。\n\
                （二）深入学习宣传与扫黑除恶专项斗争相关的法律法规。广泛宣传刑法、刑事诉讼法。\n\
                二、宣传形式\n\
                （一）社会宣传\n\
                社会宣传由镇扫黑除恶专项斗争领导小组组织，各行政村悬挂横幅。\n";
    assert_eq!(openings(text), ["深入学习", "深入学习", "社会宣传"]);
}

#[test]
fn steps_written_as_paragraphs_are_each_a_task() {
    // `三、工作步骤` over `第一步：…` `第二步：…`: a schedule's steps, as its stages are
    let text = "XX镇防止返贫监测集中排查工作方案\n三、工作步骤\n\
                第一步：农户申请。农户填写申请书。\n\
                第二步：入户核实。村两委和驻村工作队提出名单，镇乡村振兴办组织入户调查核实。\n\
                第三步：村内公示。各村召开评议会议。\n";
    assert_eq!(openings(text), ["第一步：", "第二步：", "第三步："]);
    // (a sentence taking a step further is no step: `进一步…`)
    let further =
        "XX镇工作方案\n三、工作要求\n进一步加强领导。各村要高度重视。\n进一步强化督查。\n";
    assert!(openings(further).is_empty());
}

#[test]
fn duties_naming_no_one_under_a_heading_with_a_subject_are_its_units_tasks() {
    // `（一）区民政局作为主管部门总体负责…` over `1.负责起草…` `2.负责协调…`: each duty is the
    // subject's task, and the heading introduces them, titled or not
    let body = "（一）区民政局作为主管部门总体负责救助帮困系统的运行、维护和安全。\n\
                1.负责起草救助帮困系统的管理办法、工作规范。\n\
                2.负责协调本区各部门的救助帮困工作。\n\
                （二）区劳动保障局、区卫生局等部门根据系统设计功能，做好本部门有关工作的网上处理。具体包括：\n\
                1.负责公布有关救助政策和具体标准。\n\
                2.负责本部门救助帮困业务的网上受理与处理。\n\
                （三）各街道办事处负责做好本辖区内帮困救助业务的网上受理与处理工作。\n";
    for text in [body.to_owned(), format!("某区救助帮困系统工作方案\n{body}")] {
        let plan = parse_text(&text);
        assert_eq!(
            long_openings(&plan),
            [
                "负责起草救助",
                "负责协调本区",
                "负责公布有关",
                "负责本部门救",
                "各街道办事处"
            ]
        );
        assert_eq!(
            unit_names(&plan),
            [
                vec!["区民政局"],
                vec!["区民政局"],
                vec!["区劳动保障局", "区卫生局"],
                vec!["区劳动保障局", "区卫生局"],
                vec!["各街道办事处"],
            ]
        );
    }
}

#[test]
fn a_named_doer_of_an_item_among_labelled_items_is_its_unit() {
    // the plan labels one item's units; the others name theirs as the subject asked to do
    // the work (`县财政局和县审计局要…`, `各物业服务企业要…`), at the top level too — but a
    // class that names no one (`各单位要…`) assigns nothing: the item is work no one is named for
    let text = "某县工作方案\n\
                一、加强监管。县财政局和县审计局要加强资金监管。\n\
                二、落实措施。各物业服务企业要在汛前对本区域的隐患作一次彻底排查。\n\
                三、做好宣传。各单位要高度重视宣传工作。\n\
                四、加强检查（责任单位：县住建局）。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["县财政局", "县审计局"],
            vec!["各物业服务企业"],
            vec![],
            vec!["县住建局"]
        ]
    );
}

#[test]
fn a_unit_heading_noting_its_day_heads_that_units_activities() {
    // `（一）县教育局（7月7日）`: the unit and the day its activities fall on
    let text = "2018年食品安全宣传周主题日活动安排\n\
                一、活动时间：7月7日至29日\n\
                二、主办单位\n\
                （一）县教育局（7月7日）\n\
                1.各级各类学校通过国旗下讲话宣传食品安全科普知识。\n\
                2.组织食堂从业人员开展食品安全操作规范的培训。\n\
                （二）县工业和信息化局（7月8日）\n\
                1.开展商务举报投诉服务平台宣传活动。\n\
                2.举办食盐安全专题宣传活动。\n";
    let plan = parse_text(text);
    assert_eq!(
        unit_names(&plan),
        [
            vec!["县教育局"],
            vec!["县教育局"],
            vec!["县工业和信息化局"],
            vec!["县工业和信息化局"]
        ]
    );
    assert_eq!(
        openings_and_deadlines(text)
            .into_iter()
            .map(|(_, d)| d)
            .collect::<Vec<_>>(),
        [
            vec!["7月7日"],
            vec!["7月7日"],
            vec!["7月8日"],
            vec!["7月8日"]
        ]
    );
}

#[test]
fn a_sectors_department_with_its_duties_labelled_opens_its_item() {
    // `公安部门职责：` names the police, not a heading over every department's duties; its
    // duties may be counted out (`一是…；二是…`)
    let text = "某市牛皮癣广告专项整治行动方案\n三、职责分工\n\
                (一)城市管理执法部门职责:负责牵头组织实施本次专项行动工作。\n\
                (二)公安部门职责:一是负责“办证”类广告的甄别和处理工作;二是严厉打击制贩假证活动。\n\
                (三)县教育局的职责:负责组织学校开展宣传。\n";
    let plan = parse_text(text);
    let units: Vec<Vec<&str>> = plan
        .tasks
        .iter()
        .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
        .collect();
    assert_eq!(
        units,
        [vec!["城市管理执法部门"], vec!["公安部门"], vec!["县教育局"]]
    );
}

#[test]
fn parts_that_assign_nothing_beside_one_closed_by_its_units_keep_their_work() {
    // one part's items closed by a `责任处室：` line; the other part's items name no one, and are
    // the plan's work all the same
    let text = "某市2009年非物质文化遗产保护工作计划\n\
                (二)做好名录申报工作。\n\
                1、组织第三批市级名录评审。\n(1)4月份,组织专家评审。\n(2)5月份,在杭州日报公示。\n\
                2、组织申报第三批国家级名录。\n\
                3、做好人类非物质文化遗产代表作申报的协调工作。\n\
                (三)加强非遗保护传承工作。\n\
                1、五月份,召开全市非遗保护中心业务干部会议。\n\
                2、九月份,召开调研工作阶段性会议。\n\
                责任处室:局人组处、社文处。\n";
    let plan = parse_text(text);
    let read: Vec<(String, usize)> = plan
        .tasks
        .iter()
        .map(|t| (t.text.value.chars().take(6).collect(), t.units.len()))
        .collect();
    let pair = |t: &str, n: usize| (t.to_owned(), n);
    assert_eq!(
        read,
        [
            pair("4月份,组织", 0),
            pair("5月份,在杭", 0),
            pair("组织申报第三", 0),
            pair("做好人类非物", 0),
            pair("五月份,召开", 2),
            pair("九月份,召开", 2),
        ]
    );
}

#[test]
fn an_item_giving_its_work_to_units_by_you_makes_them_lead() {
    let text = "某区清理拖欠企业账款工作方案\n三、工作步骤\n\
                1.排查范围。全面摸排截至2025年底拖欠民营企业的账款。\n\
                2.报送程序。由各相关单位负责,将全面摸排清理情况报区民营经济局。\n";
    let plan = parse_text(text);
    let units: Vec<(&str, UnitRole)> = plan.tasks[1]
        .units
        .iter()
        .map(|u| (u.name.as_str(), u.role))
        .collect();
    assert_eq!(units, [("各相关单位", UnitRole::Lead)]);
}

#[test]
fn paragraphs_of_one_item_each_closing_their_own_assignment_are_tasks_each() {
    let text = "关于分解下达2015年海洋环保责任目标的工作方案\n\n\
                一、海洋污染控制目标\n\n\
                （一）完成辖区海洋环境趋势性监测任务。（责任单位：区经济发展局）\n\
                认真落实海洋环境事件第一时间报告制度。（责任单位：区环境与国土资源局、区海事处）\n\
                沿海工业园区污水集中处理设施应按期建成。［责任单位：区环境与国土资源局、县污水处理厂］\n\n\
                （二）组织制定海洋环境保护规划并认真贯彻实施。\n\
                牵头单位：区经济发展局\n\
                责任单位：区旅游发展局\n";
    let plan = parse_text(text);
    assert_eq!(
        openings(text),
        ["完成辖区", "认真落实", "沿海工业", "组织制定"]
    );
    assert_eq!(
        unit_names(&plan),
        [
            vec!["区经济发展局"],
            vec!["区环境与国土资源局", "区海事处"],
            vec!["区环境与国土资源局", "县污水处理厂"],
            vec!["区经济发展局", "区旅游发展局"],
        ]
    );
    // a line that only assigns after them may assign the whole item: no split
    let item_wide = text.replace("（二）组织制定", "牵头单位：县发改局\n\n（二）组织制定");
    assert_eq!(openings(&item_wide), ["完成辖区", "组织制定"]);
    // a short heading with its own lead heads the paragraphs under it, and leads each
    let headed = "某县工作方案\n\n一、重点任务\n\n\
                  （一）推进产业升级。（牵头单位：县发改局）\n\
                  加快推进传统制造业技术改造升级。（县工信局负责）\n\
                  积极培育现代服务业新业态新模式。（县商务局负责）\n";
    assert_eq!(openings(headed), ["推进产业", "积极培育"]);
    assert_eq!(
        units_and_roles(&parse_text(headed)),
        [
            vec![
                ("县发改局", UnitRole::Lead),
                ("县工信局", UnitRole::Responsible)
            ],
            vec![
                ("县发改局", UnitRole::Lead),
                ("县商务局", UnitRole::Responsible)
            ],
        ]
    );
}

#[test]
fn unit_and_time_labels_built_from_a_role_word_and_a_noun() {
    let text = "2023年城市管理工作要点\n\n一、重点任务\n\n\
                1.深入推进城市精细化管理，完善长效机制。\n\
                牵头局领导：张三\n\
                牵头责任部门：市城管局综合科\n\
                重点责任部门：市城管执法支队、各县市区城管局\n\
                推进时限：2023年6月底前\n\n\
                2.开展市容环境整治行动。\n\
                协办科室：市容科\n\
                完成节点：2023年9月\n";
    let plan = parse_text(text);
    assert_eq!(plan.tasks.len(), 2);
    let roles = units_and_roles(&plan);
    assert_eq!(
        roles,
        [
            vec![
                ("市城管局综合科", UnitRole::Lead),
                ("市城管执法支队", UnitRole::Responsible),
                ("各县市区城管局", UnitRole::Responsible),
            ],
            vec![("市容科", UnitRole::Cooperating)],
        ]
    );
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("深入推进", &["2023年6月底前"]),
            due("开展市容", &["2023年9月"])
        ]
    );
}

#[test]
fn items_under_a_heading_of_aims_named_for_the_work_are_no_tasks() {
    // `（一）治理目标` states the campaign's aims (a short verb before 目标, as 工作目标); the
    // steps under `（二）方法步骤` are the work
    let text = "关于开展医疗领域突出问题专项治理方案\n\n一、健康扶贫工作专项治理\n\n\
                （一）治理目标\n\n1．至2018年底，全面健全精准扶贫对象居民健康档案。\n\n\
                2．完成100％精准扶贫对象家庭医生签约工作。\n\n\
                （二）方法步骤\n\n1．自查自纠。各基层医疗卫生机构于2018年9月底前组织开展自查自纠。\n\n\
                2．定期检查。区卫计局每半年开展1次专项检查。\n";
    assert_eq!(openings(text), ["自查自纠", "定期检查"]);
    // work that sets aims is work (`明确目标，落实责任`)
    let set_aims = text.replace("（二）方法步骤", "（二）明确目标，落实责任");
    assert_eq!(openings(&set_aims), ["自查自纠", "定期检查"]);
}

#[test]
fn units_taking_part_after_a_lead_cooperate() {
    // `X牵头，Y、Z参加`: 参加 ends the last name as 配合 would (the units after the lead are
    // responsible, as before it was cut off); a name negating it (`其他未参加…的部门`) keeps it
    let text = "某市就业创业工作实施意见\n\n\
                1.坚持就业优先发展战略。把稳定和扩大就业作为重要目标。\
                (市发展改革委、市人社局牵头,市财政局、国家统计局济宁调查队参加)\n\n\
                2.开展集中宣传活动。县司法局牵头，其他未参加集中宣传的部门和单位配合。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![
                ("市发展改革委", UnitRole::Lead),
                ("市人社局", UnitRole::Lead),
                ("市财政局", UnitRole::Responsible),
                ("国家统计局济宁调查队", UnitRole::Responsible),
            ],
            vec![
                ("县司法局", UnitRole::Lead),
                ("其他未参加集中宣传的部门和单位", UnitRole::Cooperating),
            ],
        ]
    );
    // the organiser of what others take part in does the work
    let organiser = parse_text(
        "某县安全生产工作方案\n\n1.组织知识竞赛。县总工会组织各企业职工参加安全知识竞赛，10月底前完成。\n",
    );
    assert_eq!(
        units_and_roles(&organiser),
        [vec![("县总工会", UnitRole::Responsible)]]
    );
}

#[test]
fn what_a_rule_forbids_or_work_relies_on_names_no_unit() {
    // `不得出入私人会所、夜总会等场所`: venues forbidden, no subject; `依托学校、社区建立…`: the
    // means, not who does the work
    let text = "某局作风建设实施方案\n一、主要任务\n\
                1.严肃党纪。严禁酗酒、赌博，不得出入私人会所、夜总会等场所。\n\
                2.强化家庭教育指导。依托学校、社区建立家长学校，开展家庭教育宣传活动。\n";
    let read = tasks(text);
    assert_eq!(read.len(), 2, "{read:?}");
    assert!(read.iter().all(|(units, _)| units.is_empty()), "{read:?}");
}

#[test]
fn each_sentence_under_a_bare_part_heading_is_a_task() {
    let text = "爱国卫生工作计划\n\n一、工作目标 以提升环境卫生质量为目标，开展爱国卫生运动。\n\n\
                二、主要任务\n\n开展环境卫生整治，清除卫生死角，确保公共区域清洁。\n\n\
                加强健康教育，普及卫生知识，提高居民健康素养。\n\n\
                三、工作措施\n\n制定环境卫生整治方案，明确责任分工和时间节点。\n\n\
                开展卫生知识宣传活动，提高居民卫生意识。\n";
    assert_eq!(
        openings(text),
        ["开展环境", "加强健康", "制定环境", "开展卫生"]
    );
    // (a sentence may open with a word of manner before its verb, or with a verb of policy)
    let manner = text
        .replace("开展卫生知识宣传活动", "定期开展卫生知识宣传活动")
        .replace(
            "制定环境卫生整治方案，明确责任分工和时间节点。",
            "鼓励居民参与社区清洁活动，共同维护环境卫生。",
        );
    assert_eq!(
        openings(&manner),
        ["开展环境", "加强健康", "鼓励居民", "定期开展"]
    );
    // a heading naming its own work keeps its paragraphs as its text
    let own = text.replace("二、主要任务", "二、开展环境卫生整治行动");
    assert_eq!(openings(&own), ["开展环境", "制定环境", "开展卫生"]);
    // …and so does a part with a paragraph of another kind: a requirement, a result, a remark
    for other in [
        "各单位要高度重视，主要负责同志要亲自抓。",
        "开展驻点招商，全年累计外出招商86批次。",
        "完善项目跟踪服务机制，2024年签约项目开工率达到75%。",
        "通过以上措施，力争环境卫生明显改善。",
    ] {
        let mixed = text.replace(
            "开展卫生知识宣传活动，提高居民卫生意识。",
            &format!("开展卫生知识宣传活动，提高居民卫生意识。\n\n{other}"),
        );
        let mixed = mixed.replace("爱国卫生工作计划", "2025年爱国卫生工作计划");
        assert_eq!(
            openings(&mixed),
            ["开展环境", "加强健康", "工作措施"],
            "{other}"
        );
    }
}

#[test]
fn a_short_sentence_after_a_quarter_is_work_done_then() {
    let text = "爱国卫生工作计划\n\n四、工作进度\n\n\
                第一季度：完成环境卫生整治工作，建立长效管理机制。\n\n\
                第二季度：开展卫生知识宣传活动，提高居民健康素养。\n\n\
                第三季度：开展病媒生物防治，降低传播风险。\n\n\
                第四季度：总结全年工作，表彰先进。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("第一季度", &["第一季度"]),
            due("第二季度", &["第二季度"]),
            due("第三季度", &["第三季度"]),
            due("第四季度", &["第四季度"]),
        ]
    );
}

#[test]
fn a_sub_items_word_is_no_part_of_its_subject() {
    let text = "城区环境整治实施方案\n\n一、工作内容\n\n（一）加强环境卫生专项整治\n\n\
                一是县城管局负责划分环卫责任区域，落实保洁责任。\n\n\
                二是县住建局牵头做好公共厕所管理，县卫健局配合。\n\n\
                三是加强公共厕所、中转站等公共场所的环境管理，确保整洁有序。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan),
        [
            vec![("县城管局", UnitRole::Responsible)],
            vec![
                ("县住建局", UnitRole::Lead),
                ("县卫健局", UnitRole::Cooperating)
            ],
            vec![],
        ]
    );
}

#[test]
fn a_model_sites_preview_end_closes_the_text_of_a_sub_item_list() {
    // the goals part is no task; the sub-item paragraphs are, though the site's lines follow them
    let text = "城区环境容貌整治实施方案\n\n一、任务目标\n\n针对城区环境容貌突出问题，进一步细化工作目标，确保圆满完成整治任务。\n\n\
                二、工作内容及责任分工\n\n（一）加强环境卫生专项整治\n\n\
                一是全面治脏，净化城区环境。划分环卫责任区域。\n\n\
                二是强化县城道路洒水降尘。根据天气变化调整洒水频次。\n\n\
                三是落实“门前五包”责任制，签订责任书......\n\n\
                预览结束,免费获取全文或定制代笔此类文章!\n\n\
                请点击👉 mbgs777 👈联系老师\n";
    assert_eq!(openings(text), ["加强环境", "二是强化", "三是落实"]);
    // …and so does the site's call to contact a writer, printed twice on lines run together
    let run_together = text.replace("\n\n", "\n") + "请点击👉 mbgs777 👈联系老师\n";
    assert_eq!(
        openings(&run_together),
        ["加强环境", "二是强化", "三是落实"]
    );
}

#[test]
fn a_short_quarter_line_under_a_task_with_text_is_its_stage() {
    let text = "XX区2025年重点民生实事工作方案\n\n一、重点项目\n\n\
                1.新建城市公园3个，提升城市绿化水平。\n\n\
                第一季度：完成选址和方案设计。\n\n第二季度：完成招标并开工建设。\n\n\
                2.改造老旧小区20个，2025年11月底前完成。\n";
    assert_eq!(
        openings_and_deadlines(text),
        [
            due("新建城市", &["第一季度", "第二季度"]),
            due("改造老旧", &["2025年11月底前"]),
        ]
    );
}

#[test]
fn a_unit_a_later_sentence_says_leads_leads() {
    let text = "XX区2025年巡察整改工作方案\n\n一、整改任务\n\n\
                （一）落实不到位的问题。区财政局对资金审核不严。整改措施：区财政局牵头完善资金审核制度，\
                区住建局配合，2025年6月底前完成。\n\n\
                （二）作风建设不扎实的问题。整改措施：区委组织部负责开展作风专项整治，2025年9月底前完成。\n";
    let plan = parse_text(text);
    assert_eq!(
        units_and_roles(&plan)[0],
        [
            ("区财政局", UnitRole::Lead),
            ("区住建局", UnitRole::Cooperating)
        ]
    );
}

#[test]
fn items_of_work_under_a_targets_and_tasks_heading_are_tasks() {
    // `目标任务` names the year's tasks, not only its aims: its work items count, as do the
    // schedule's items under `进度要求`
    let text = "清溪县2023年农村人居环境整治工作计划\n\
                为做好2023年农村人居环境建设工作，制定本计划。\n\
                一、目标任务\n\
                今年全县人居环境整治工作主要有3项任务。\n\
                （一）农村生活污水治理。完成2个乡镇污水处理设施建设任务，推进15个村开展村庄污水治理。\n\
                （二）农村生活垃圾治理。完成11个村农村垃圾治理任务。\n\
                （三）农村“厕所革命”。实施2个乡镇公厕建设，新建8个村庄公厕。\n\
                二、进度要求\n\
                （一）农村污水治理PPP项目。3月底前完成项目前期工作，4月底前完成招投标。\n\
                （二）农村生活污水治理。乡镇新建污水处理设施项目4月底前完成项目设计。\n";
    assert_eq!(
        openings(text),
        ["农村生活", "农村生活", "农村“厕", "农村污水", "农村生活"]
    );
    // a paragraph of aims alone under the heading is no task
    let aims = "清溪乡2024年防汛工作方案\n\
                一、目标任务\n\
                2024年防汛工作以保障人民群众生命财产安全为中心。\n\
                二、工作措施\n\
                （一）建立防汛包保机制。落实乡包村、村包组责任。\n\
                （二）加强隐患排查。汛前全面排查水库、山塘。\n";
    assert_eq!(openings(aims), ["建立防汛", "加强隐患"]);
}

#[test]
fn an_assignment_closing_a_list_with_no_heading_is_each_items() {
    // a task card: `【推进措施】` `1.…` `2.…` then one `责任单位：` line for the whole list
    let card = "清溪市2024年放心消费行动工作方案\n\
                【推进措施】\n\
                1.开展放心满意消费培育活动，培育市级放心消费单位不少于40个。\n\
                2.将放心消费培育指标完成情况纳入考核，对成效明显的地方予以督查激励。\n\
                责任单位：市市场监督管理局\n";
    let plan = parse_text(card);
    assert_eq!(
        unit_names(&plan),
        [vec!["市市场监督管理局"], vec!["市市场监督管理局"]]
    );
    // two cards, each closing its own list: the second line is not the first card's
    let cards = "清溪市2024年消费提振工作方案\n\
                 【放心消费】\n\
                 1.开展放心满意消费培育活动。\n\
                 2.将放心消费培育指标完成情况纳入考核。\n\
                 责任单位：市市场监督管理局\n\
                 【以旧换新】\n\
                 1.组织开展汽车以旧换新活动。\n\
                 2.推进家电以旧换新。\n\
                 责任单位：市商务局\n";
    assert_eq!(
        unit_names(&parse_text(cards)),
        [
            vec!["市市场监督管理局"],
            vec!["市市场监督管理局"],
            vec!["市商务局"],
            vec!["市商务局"]
        ]
    );
    // each item with its own line keeps its own
    let own = "清溪市2024年放心消费行动工作方案\n\
               1.开展放心满意消费培育活动。\n\
               责任单位：市市场监督管理局\n\
               2.推进家电以旧换新。\n\
               责任单位：市商务局\n";
    assert_eq!(
        unit_names(&parse_text(own)),
        [vec!["市市场监督管理局"], vec!["市商务局"]]
    );
}

#[test]
fn a_forms_head_naming_the_unit_is_no_task_of_the_list_below_it() {
    // a department's 目标任务分解表: the head's `（林业局）` assigns, the list names no one
    let sheet = "清溪县林业局履行职能目标任务分解表\n\
                 管理部门: 审核人: 批准人: 2023年度各部门履行职能目标任务分解表(县林业局)\n\
                 重点工作目标\n\
                 1.制订茶叶品牌建设开展规划。(8分)\n\
                 2.做好建设林地审批工作，全年征转建设用林地300亩。(8分)\n\
                 3.实施东部山体覆绿工程，建成2个集中连片示范基地。(8分)\n";
    assert_eq!(openings(sheet), ["制订茶叶", "做好建设", "实施东部"]);
}

#[test]
fn sub_items_naming_kinds_are_no_tasks() {
    // a sentence sorting taxpayers into kinds, `一是…；二是…；三是…`, lists no work
    let text = "清溪区国税局税源专业化管理工作方案\n\
                三、主要措施\n\
                （一）实施税源的科学分类。我局采取按纳税人性质分为三大类税源：一是增值税一般纳税人；二是出口退（免）税企业；三是小规模纳税人。对不同类别实施分类管理。\n\
                （二）优化征管资源配置。按照分类结果调整岗位职责。\n";
    assert_eq!(openings(text), ["实施税源", "优化征管"]);
    // a list of work in the same shape is one piece of work per sub-item
    let work = text.replace(
        "一是增值税一般纳税人；二是出口退（免）税企业；三是小规模纳税人。",
        "一是建立一般纳税人台账；二是开展出口退税企业评估；三是加强小规模纳税人管理。",
    );
    assert_eq!(openings(&work).len(), 4, "{:?}", openings(&work));
}

#[test]
fn a_safeguards_words_under_a_part_of_the_tasks_name_a_piece_of_the_work() {
    // a 创建 plan's standards: `组织领导坚强有力` is the first thing to build, not support
    let text = "清溪县创建双拥模范县实施方案\n\n二、创建任务及责任\n（一）组织领导坚强有力\n\
                1、各级党委、政府要把双拥工作纳入经济社会发展总体规划。\n\
                2、县双拥工作领导小组各成员单位要认真履行职责，制定年度双拥工作计划。\n\
                三、保障措施\n（一）加强组织领导\n1、各乡镇要高度重视，主要负责同志亲自抓。\n";
    assert_eq!(openings(text), ["各级党委", "县双拥工"]);
}

#[test]
fn a_clause_opening_with_a_verb_of_study_names_what_is_studied_not_who_does_it() {
    let text = "清溪县档案工作方案\n\n\
                1.领导班子会议要听取办公室汇报，研究本年度各股室应归档的档案材料清单。\n\
                2.县档案馆研究室要编撰本单位大事记。\n";
    assert_eq!(
        unit_names(&parse_text(text)),
        [vec![], vec!["县档案馆研究室"]]
    );
}

#[test]
fn a_body_sent_up_to_is_named_without_the_verb_sending_to_it() {
    let text = "某镇2026年改厕工作方案\n一、重点任务\n\
                1.器材采购。提出购置清单，报县农业农村局统一招标采购。\n\
                2.宣传发动。上报市住建局统一审核。\n\
                3.媒体宣传。县融媒体中心、报社统一宣传。\n";
    let units: Vec<Vec<String>> = tasks(text).into_iter().map(|(u, _)| u).collect();
    assert_eq!(
        units,
        [
            vec!["县农业农村局".to_owned()],
            vec!["市住建局".to_owned()],
            vec!["县融媒体中心".to_owned(), "报社".to_owned()]
        ]
    );
}

#[test]
fn a_work_item_naming_no_unit_among_items_that_name_theirs_is_a_task_outside_a_stage() {
    let plan = "市老龄委2021年工作计划\n\
                一、筹备召开市老龄工作会议，安排部署全年老龄工作任务。\n\
                二、认真做好高龄津贴发放工作。市老龄办要做好津贴数据汇总工作。\n\
                三、抓好市老年人活动中心建设。市民政局要督促代建单位按进度施工，保证活动中心按期交付使用。\n\
                四、完善成员单位职责。市老龄办将加强与成员单位的联络。\n";
    let read = tasks(plan);
    let openings: Vec<&str> = read.iter().map(|(_, o)| o.as_str()).collect();
    assert_eq!(
        openings,
        [
            "筹备召开市老",
            "认真做好高龄",
            "抓好市老年人",
            "完善成员单位"
        ]
    );
    assert_eq!(read[2].0, ["市民政局"]);
    // inside a stage of the schedule such an item is the stage's context
    let staged = "县教育督导迎评工作方案\n\
                  一、工作安排\n\
                  （一）动员部署阶段（2022年3月1日—3月28日）\n\
                  1.制定方案。县教育局负责制定迎评工作方案。\n\
                  2.召开动员部署会。统一思想，明确任务。\n\
                  3.开展培训。县教研室负责培训迎评骨干。\n";
    let openings: Vec<String> = tasks(staged).into_iter().map(|(_, o)| o).collect();
    assert_eq!(openings, ["制定方案。县", "开展培训。县"]);
}

#[test]
fn an_events_theme_and_time_beside_groups_naming_their_leads_are_no_tasks() {
    let text = "某县采摘节筹备方案\n\n一、活动主题\n传承枸杞文化\n二、时间、地点\n\
                时间:2026年6月下旬\n地点:某乡\n三、主办、承办单位\n主办单位:\n县人民政府\n\
                承办单位:\n县农牧局\n四、组织机构\n1、综合协调组\n牵头部门:县委办\n\
                配合部门:政府办、财政局\n负责制定工作实施方案并组织实施。\n";
    let openings: Vec<String> = tasks(text).into_iter().map(|(_, o)| o).collect();
    assert!(
        !openings
            .iter()
            .any(|o| o.starts_with("活动主题") || o.starts_with("时间")),
        "{openings:?}"
    );
    assert!(
        openings.contains(&"综合协调组\n".to_owned()),
        "{openings:?}"
    );
}
