/* Unit tests for the list parser (src/pc_list.c): declared counts and the
 * lists they count, in every form, on sentences of the seed and others;
 * the joiner ambiguity, open lists, numbers that are no counts; and the
 * seed's counts with the bundled lexicon, unmutated and mutated. */
#include "pc_test.h"

#include "pc_testutil.h"

#include "pc_list.h"
#include "pc_outline.h"
#include "pc_text.h"

#define SEED "guangming-industrialization-15th-explanation.txt"

/* A fixed lexicon, so that these tests do not move with dicts/. */
static const char *const NOUNS[] = {
	"方向", "应用方向", "领域", "方面", "产业", "新兴产业", "未来产业",
	"任务", "重点任务", "措施", "保障措施", "原则", "问题", "环节",
	"核心环节", "要素", "片区", "产业片区", "集聚区", "总部集聚区",
	"指标", "阶段", "集群", "产业集群", "工程", "平台", "中心", "体系",
	"目标",
};
static const char *const ACTIONS[] = {
	"发展", "培育", "布局", "推动", "建设", "突破", "聚焦", "打造",
	"推进", "加快", "实施", "构建", "强化", "提升", "拓展", "健全",
	"重点发展", "激活", "赋能", "引领", "完善", "深化",
};
static const char *const VERBS[] = { "提出", "明确", "强调" };

static pc_wordlist wl_nouns, wl_actions, wl_verbs;
static pc_list_lex lex = { &wl_nouns, &wl_actions, &wl_verbs };

static void
mkwl(pc_wordlist *wl, const char *const *w, size_t n)
{
	wl->w = pc_xcalloc(n, sizeof(*wl->w));
	wl->n = (int32_t)n;
	for (size_t i = 0; i < n; i++) {
		UErrorCode ec = U_ZERO_ERROR;
		int32_t len = 0;

		wl->w[i].s = pc_xstrdup(w[i]);
		u_strFromUTF8(NULL, 0, &len, w[i], -1, &ec);
		ec = U_ZERO_ERROR;
		wl->w[i].u = pc_xcalloc((size_t)len + 1, sizeof(UChar));
		u_strFromUTF8(wl->w[i].u, len + 1, NULL, w[i], -1, &ec);
		wl->w[i].ulen = len;
	}
}

static void
freewl(pc_wordlist *wl)
{
	for (int32_t i = 0; i < wl->n; i++) {
		free(wl->w[i].s);
		free(wl->w[i].u);
	}
	free(wl->w);
}

static int
setup(void **state)
{
	(void)state;
	mkwl(&wl_nouns, NOUNS, sizeof(NOUNS) / sizeof(NOUNS[0]));
	mkwl(&wl_actions, ACTIONS, sizeof(ACTIONS) / sizeof(ACTIONS[0]));
	mkwl(&wl_verbs, VERBS, sizeof(VERBS) / sizeof(VERBS[0]));
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	freewl(&wl_nouns);
	freewl(&wl_actions);
	freewl(&wl_verbs);
	return 0;
}

/* A parsed text: draft, outline, counts. */
struct parsed {
	pc_test_draft d;
	pc_outline o;
	pc_counts cs;
};

static void
parse_with(struct parsed *p, const char *utf8, const pc_list_lex *lx)
{
	memset(p, 0, sizeof(*p));
	assert_int_equal(pc_test_draft_init(&p->d, utf8), 0);
	pc_outline_build(p->d.view.fold, p->d.view.len, p->d.doc.paras,
	    p->d.doc.npara, p->d.view.flags, NULL, NULL, &p->o);
	pc_counts_find(&p->d.view, &p->o, lx, 0, p->d.view.len, &p->cs);
}

static void
parse(struct parsed *p, const char *utf8)
{
	parse_with(p, utf8, &lex);
}

static void
done(struct parsed *p)
{
	pc_counts_free(&p->cs);
	pc_outline_free(&p->o);
	pc_test_draft_free(&p->d);
}

static char *
text(const struct parsed *p, int32_t s, int32_t e)
{
	return pc_utf8(p->d.view.text + s, e - s);
}

/* The nth count whose text is name; fails the test if there is none. */
static const pc_count *
count(const struct parsed *p, const char *name, int nth)
{
	for (int32_t i = 0; i < p->cs.n; i++) {
		char *t = text(p, p->cs.c[i].start, p->cs.c[i].end);
		int eq = strcmp(t, name) == 0;

		free(t);
		if (eq && nth-- == 0)
			return &p->cs.c[i];
	}
	fail_msg("no count \"%s\"", name);
	return NULL;
}

/* The items joined by "|". */
static char *
items(const struct parsed *p, const pc_count *c)
{
	char *s = pc_xstrdup("");

	for (int32_t i = 0; i < c->nitems; i++) {
		char *t = text(p, c->items[i].start, c->items[i].end);
		char *n = pc_xasprintf("%s%s%s", s, i ? "|" : "", t);

		free(t);
		free(s);
		s = n;
	}
	return s;
}

static void
expect(const struct parsed *p, const char *name, pc_list_form form,
    int32_t value, int32_t lo, int32_t hi, int open, int fits,
    const char *list)
{
	const pc_count *c = count(p, name, 0);

	assert_string_equal(pc_list_form_name(c->form),
	    pc_list_form_name(form));
	assert_int_equal(c->value, value);
	assert_int_equal(c->lo, lo);
	assert_int_equal(c->hi, hi);
	assert_int_equal(c->open, open);
	assert_int_equal(pc_count_fits(c), fits);
	if (list != NULL) {
		char *s = items(p, c);

		assert_string_equal(s, list);
		free(s);
	}
}

/* --- before ------------------------------------------------------------ */

static void
test_before_seed_sentences(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "一是人工智能与应用。围绕算力基础设施、具身数据与智能体、"
	    "鸿蒙生态、人工智能终端、具身机器人本体及核心部件、高端装备六大"
	    "方向，夯实算力底座。\n"
	    "聚焦先进封装测试、核心装备与关键材料、智能传感器三大领域，重点"
	    "突破晶圆级封装等先进封测技术等方向。\n"
	    "重点突破基因编辑与合成等，并向生物医药、先进材料、医美日化三大"
	    "应用方向拓展。\n"
	    "推动自行车、钟表、内衣三大产业智能化、高端化、品牌化升级。\n"
	    "四是全面完善要素保障。统筹空间、数据、金融、人才、场景、设施六"
	    "大要素，打造优质高效产业生态。\n");
	expect(&p, "六大方向", PC_LIST_BEFORE, 6, 6, 6, 0, 1,
	    "算力基础设施|具身数据与智能体|鸿蒙生态|人工智能终端|"
	    "具身机器人本体及核心部件|高端装备");
	expect(&p, "三大领域", PC_LIST_BEFORE, 3, 3, 3, 0, 1,
	    "先进封装测试|核心装备与关键材料|智能传感器");
	expect(&p, "三大应用方向", PC_LIST_BEFORE, 3, 3, 3, 0, 1,
	    "生物医药|先进材料|医美日化");
	expect(&p, "三大产业", PC_LIST_BEFORE, 3, 3, 3, 0, 1,
	    "自行车|钟表|内衣");
	/* 统筹 leads (a built-in lead word) */
	expect(&p, "六大要素", PC_LIST_BEFORE, 6, 6, 6, 0, 1,
	    "空间|数据|金融|人才|场景|设施");
	assert_int_equal(p.cs.n, 5);
	done(&p);
}

static void
test_before_verb_items(void **state)
{
	struct parsed p;

	(void)state;
	/* verb-phrase items keep their verbs; items ending in verbs
	 * (融合赋能, 改革激活) still touch the count */
	parse(&p, "《规划》提出健全规划实施组织机制、强化财政资金引导作用、"
	    "强化规划实施监测评估三大保障措施。\n"
	    "第二节发展原则，提出新质驱动、融合赋能、开放引领、改革激活四个"
	    "原则。\n");
	expect(&p, "三大保障措施", PC_LIST_BEFORE, 3, 3, 3, 0, 1,
	    "健全规划实施组织机制|强化财政资金引导作用|强化规划实施监测评估");
	expect(&p, "四个原则", PC_LIST_BEFORE, 4, 4, 4, 0, 1,
	    "新质驱动|融合赋能|开放引领|改革激活");
	done(&p);
}

static void
test_before_mismatch(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "围绕算力基础设施、具身数据与智能体、鸿蒙生态、人工智能终端"
	    "、高端装备六大方向，夯实算力底座。\n"
	    "聚焦新兴电池、发电设施、储能系统、氢能装备三大领域。\n");
	expect(&p, "六大方向", PC_LIST_BEFORE, 6, 5, 5, 0, 0, NULL);
	expect(&p, "三大领域", PC_LIST_BEFORE, 3, 4, 4, 0, 0,
	    "新兴电池|发电设施|储能系统|氢能装备");
	done(&p);
}

/* A later count's list starts after the earlier count. */
static void
test_before_two_counts_in_a_clause(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "建设甲、乙两大平台和丙、丁、戊三大中心。\n");
	expect(&p, "两大平台", PC_LIST_BEFORE, 2, 2, 2, 0, 1, "甲|乙");
	expect(&p, "三大中心", PC_LIST_BEFORE, 3, 3, 3, 0, 1, "丙|丁|戊");
	done(&p);
}

/* --- joiners ------------------------------------------------------------ */

static void
test_joiners(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "推动自行车、钟表和内衣三大产业升级。\n"
	    "推动自行车、钟表和内衣四大产业升级。\n"
	    "推动自行车、钟表和内衣两大产业升级。\n"
	    "《规划》围绕基础和形势、发展目标、重点产业、主要任务、空间布局"
	    "以及保障措施六个方面展开。\n"
	    "重点发展显示面板、新型显示产品、内容及标准三大领域。\n"
	    "推动产业链和创新链两大链条深度融合。\n");
	/* "A、B和C": two items, or three if 和 joins */
	expect(&p, "三大产业", PC_LIST_BEFORE, 3, 2, 3, 0, 1,
	    "自行车|钟表和内衣");
	expect(&p, "四大产业", PC_LIST_BEFORE, 4, 2, 3, 0, 0, NULL);
	expect(&p, "两大产业", PC_LIST_BEFORE, 2, 2, 3, 0, 1, NULL);
	/* 和 inside an item that is not the last never splits; 以及 always */
	expect(&p, "六个方面", PC_LIST_BEFORE, 6, 6, 6, 0, 1,
	    "基础和形势|发展目标|重点产业|主要任务|空间布局|保障措施");
	/* 内容及标准 is one item, or two */
	expect(&p, "三大领域", PC_LIST_BEFORE, 3, 3, 4, 0, 1,
	    "显示面板|新型显示产品|内容及标准");
	/* 链条 is not a count noun of the test lexicon: no count */
	assert_int_equal(p.cs.n, 5);
	done(&p);
}

static void
test_joiner_only_list(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "推动新能源和新材料两大产业集群发展。\n"
	    "推动新能源和新材料三大产业集群发展。\n");
	expect(&p, "两大产业集群", PC_LIST_BEFORE, 2, 1, 2, 0, 1,
	    "新能源和新材料");
	expect(&p, "三大产业集群", PC_LIST_BEFORE, 3, 1, 2, 0, 0, NULL);
	done(&p);
}

/* --- open lists ----------------------------------------------------------- */

static void
test_open(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "第四节指标体系，设置战略性新兴产业增加值占GDP比重等13项"
	    "指标。\n"
	    "聚焦新能源、新材料等三大领域。\n"
	    "聚焦新能源、新材料、生物医药、高端装备等三大领域。\n"
	    "聚焦新能源、新材料、生物医药等三大领域。\n");
	expect(&p, "13项指标", PC_LIST_BEFORE, 13, 1, 1, 1, 1, NULL);
	{
		const pc_count *c = count(&p, "三大领域", 0);

		assert_true(c->open);
		assert_int_equal(c->lo, 2);
		assert_true(pc_count_fits(c));
		/* more items shown than counted: wrong even with 等 */
		c = count(&p, "三大领域", 1);
		assert_true(c->open);
		assert_int_equal(c->lo, 4);
		assert_false(pc_count_fits(c));
		c = count(&p, "三大领域", 2);
		assert_true(pc_count_fits(c));
	}
	done(&p);
}

/* --- colon -------------------------------------------------------------- */

static void
test_colon(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "聚焦三大方向：电动垂直起降航空器、工业级无人机、无人驾驶"
	    "货运航空器。\n"
	    "实施三大任务：推进产业升级；加快数字转型；强化要素保障。\n"
	    "培育两大产业集群：新能源、新材料和生物医药，力争规模翻番。\n"
	    "实现三大目标：到2030年，产业规模翻番。\n");
	expect(&p, "三大方向", PC_LIST_COLON, 3, 3, 3, 0, 1,
	    "电动垂直起降航空器|工业级无人机|无人驾驶货运航空器");
	expect(&p, "三大任务", PC_LIST_COLON, 3, 3, 3, 0, 1,
	    "推进产业升级|加快数字转型|强化要素保障");
	expect(&p, "两大产业集群", PC_LIST_COLON, 2, 2, 3, 0, 1, NULL);
	/* one item without joiner after the colon: no list */
	expect(&p, "三大目标", PC_LIST_NONE, 3, 0, 0, 0, 1, NULL);
	assert_true(count(&p, "三大方向", 0)->colon);
	done(&p);
}

/* --- ordinals ------------------------------------------------------------ */

static void
test_ordinal_seed(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	parse(&p, "重点回答三大问题：一是顺应发展新阶段，明确总体思路；二是深化"
	    "产创融合与两业融合，构建实施路径；三是统筹关键要素配置，构建要素"
	    "保障体系。\n"
	    "第二节支持两大未来产业成形成势。一是生物制造。聚焦底层技术、设计"
	    "工具、关键设备三大核心环节。二是脑科学与脑机工程。聚焦脑疾病诊疗"
	    "、脑机接口软硬件、脑科学前沿技术三大领域。\n"
	    "《规划》基于四大方面明确重点发展领域：一是服务国家战略。二是落实"
	    "市级部署。三是厚植光明优势。四是推动优势升级。\n");
	c = count(&p, "三大问题", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_true(c->colon);
	assert_int_equal(c->nitems, 3);
	assert_true(pc_count_fits(c));
	{
		char *t = text(&p, c->items[1].mark, c->items[1].end);

		assert_string_equal(t, "二是深化产创融合与两业融合，构建实施路径");
		free(t);
		/* the last item ends with its sentence */
		t = text(&p, c->items[2].start, c->items[2].end);
		assert_string_equal(t, "统筹关键要素配置，构建要素保障体系");
		free(t);
	}
	/* the heading's count: ordinals in the next sentences */
	c = count(&p, "两大未来产业", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_false(c->colon);
	assert_int_equal(c->nitems, 2);
	expect(&p, "三大核心环节", PC_LIST_BEFORE, 3, 3, 3, 0, 1, NULL);
	c = count(&p, "四大方面", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 4);
	done(&p);
}

static void
test_ordinal_mismatch_and_paragraphs(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	parse(&p, "《规划》提出五大重点任务：一是推动产业创新提质。二是促进经济"
	    "能级跃升。三是实施企业梯队培育。四是全面完善要素保障。\n"
	    "重点推进两大任务。\n一是推动产业升级。\n二是加快数字转型。\n"
	    "三是强化要素保障。\n");
	c = count(&p, "五大重点任务", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 4);
	assert_false(pc_count_fits(c));
	/* the run goes on in the paragraphs that start with the next
	 * ordinal */
	c = count(&p, "两大任务", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 3);
	assert_false(pc_count_fits(c));
	done(&p);
}

static void
test_ordinal_nested_and_tolerant(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	parse(&p, "推进两大任务：一是建设平台，实施三大工程：一是甲工程，二是乙"
	    "工程，三是丙工程；二是培育企业。\n"
	    "实施三大工程：一是甲工程；二是乙工程；二是丙工程。\n"
	    "实施三大工程：一是甲工程；三是乙工程；四是丙工程。\n"
	    "分三个阶段推进：第一阶段开展调研。第二阶段起草文本。第三阶段报批"
	    "印发。\n"
	    "主要包括两个方面：（1）完善机制；（2）强化保障。\n");
	/* the inner run (restarting at 一) is skipped */
	c = count(&p, "两大任务", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 2);
	assert_true(pc_count_fits(c));
	c = count(&p, "三大工程", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 3);
	/* a duplicate or a gap is numbering's business, not ours */
	assert_int_equal(count(&p, "三大工程", 1)->nitems, 3);
	assert_int_equal(count(&p, "三大工程", 2)->nitems, 3);
	/* 第一阶段…第三阶段 */
	c = count(&p, "三个阶段", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 3);
	/* （1）（2） inline */
	c = count(&p, "两个方面", 0);
	assert_int_equal(c->form, PC_LIST_ORDINAL);
	assert_int_equal(c->nitems, 2);
	done(&p);
}

/* An ordinal run after another count belongs to the nearer one. */
static void
test_ordinal_nearest_count(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "围绕两大目标，实施三大工程：一是甲工程，二是乙工程，三是丙工程"
	    "。\n");
	expect(&p, "两大目标", PC_LIST_NONE, 2, 0, 0, 0, 1, NULL);
	assert_int_equal(count(&p, "三大工程", 0)->nitems, 3);
	done(&p);
}

/* --- headings ------------------------------------------------------------ */

static void
test_headings(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	parse(&p, "三、实施三大工程\n（一）产业升级工程\n推进改造。\n"
	    "（二）数字转型工程\n推进转型。\n（三）要素保障工程\n强化保障。\n"
	    "四、保障措施\n为落实上述任务，重点建立两大机制。\n"
	    "（一）协调机制\n（二）考核机制\n（三）评估机制\n"
	    "五、组织实施\n围绕打造两个中心的目标，扎实推进以下工作，确保取得"
	    "实效。\n（一）甲\n（二）乙\n（三）丙\n");
	c = count(&p, "三大工程", 0);
	assert_int_equal(c->form, PC_LIST_HEADINGS);
	assert_int_equal(c->nitems, 3);
	assert_true(pc_count_fits(c));
	{
		char *s = items(&p, c);

		assert_string_equal(s, "产业升级工程|数字转型工程|要素保障工程");
		free(s);
	}
	/* 机制 is no count noun here: no count; a body count needs to end
	 * its paragraph */
	assert_int_equal(p.cs.n, 2);
	expect(&p, "两个中心", PC_LIST_NONE, 2, 0, 0, 0, 1, NULL);
	done(&p);

	parse(&p, "三、重点任务\n围绕产业升级，重点实施两大工程。\n"
	    "（一）甲工程\n（二）乙工程\n（三）丙工程\n");
	c = count(&p, "两大工程", 0);
	assert_int_equal(c->form, PC_LIST_HEADINGS);
	assert_int_equal(c->nitems, 3);
	assert_false(pc_count_fits(c));
	done(&p);
}

/* --- restated and sums --------------------------------------------------- */

static void
test_restated_and_sum(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	parse(&p, "第一节产业空间布局结构，科学划定“3+9”产业片区。第二节各片区"
	    "功能布局，一是建设三大总部经济集聚区。高质量建设光明湖、凤凰城、"
	    "光明中心区三大总部集聚区。二是打造九大产业片区。重点打造光明云谷"
	    "、光明城站、光明科学园、下村合水口、新兴湖、明湖智谷、长圳、光明"
	    "智造谷、李松蓢-西田九个特色产业片区。\n");
	c = count(&p, "三大总部经济集聚区", 0);
	assert_int_equal(c->form, PC_LIST_RESTATED);
	assert_int_equal(c->ref_value, 3);
	assert_int_equal(c->nitems, 3);
	assert_true(pc_count_fits(c));
	expect(&p, "九大产业片区", PC_LIST_RESTATED, 9, 9, 9, 0, 1, NULL);
	expect(&p, "九个特色产业片区", PC_LIST_BEFORE, 9, 9, 9, 0, 1,
	    "光明云谷|光明城站|光明科学园|下村合水口|新兴湖|明湖智谷|长圳|"
	    "光明智造谷|李松蓢-西田");
	c = count(&p, "“3+9”产业片区", 0);
	assert_int_equal(c->form, PC_LIST_SUM);
	assert_int_equal(c->value, 12);
	assert_int_equal(c->nparts, 2);
	assert_int_equal(c->parts[0], 3);
	assert_int_equal(c->parts[1], 9);
	assert_int_equal(c->nitems, 2);
	assert_int_equal(c->items[0].value, 3);
	assert_int_equal(c->items[1].value, 9);
	assert_true(pc_count_fits(c));
	done(&p);

	/* a restated count that disagrees; a sum that disagrees */
	parse(&p, "科学划定“3+8”产业片区。一是建设四大总部经济集聚区。高质量"
	    "建设光明湖、凤凰城、光明中心区三大总部集聚区。二是打造八大产业"
	    "片区。\n");
	c = count(&p, "四大总部经济集聚区", 0);
	assert_int_equal(c->form, PC_LIST_RESTATED);
	assert_false(pc_count_fits(c));
	/* the restated count and its restatement are one part, which 3
	 * fits (三大总部集聚区 and its list): only the restated count is
	 * wrong */
	c = count(&p, "“3+8”产业片区", 0);
	assert_int_equal(c->nitems, 2);
	assert_int_equal(c->items[0].value, 3);
	assert_true(pc_count_fits(c));
	done(&p);

	/* a list one short: the count is wrong, the sum still fits (3 is
	 * declared by the part's counts) */
	parse(&p, "科学划定“3+1”产业片区。一是建设三大总部集聚区。高质量建设"
	    "光明湖、凤凰城三大总部集聚区。二是打造一个产业片区。\n"
	    "划定“2+3”产业片区。建设南湾、北湾两大总部集聚区，打造甲、乙、丙"
	    "、丁四大产业片区。\n");
	assert_true(pc_count_fits(count(&p, "“3+1”产业片区", 0)));
	assert_false(pc_count_fits(count(&p, "三大总部集聚区", 1)));
	/* two parts of different kinds (both 区): 3 ≠ 4 */
	c = count(&p, "“2+3”产业片区", 0);
	assert_int_equal(c->nitems, 2);
	assert_false(pc_count_fits(c));
	done(&p);

	parse(&p, "科学划定“3+8”产业片区。一是建设三大总部集聚区。二是打造九大"
	    "产业片区。\n围绕辖区“3+3+1”产业发展体系，调研代表性企业。\n");
	c = count(&p, "“3+8”产业片区", 0);
	assert_false(pc_count_fits(c));
	c = count(&p, "“3+3+1”产业", 0);
	assert_int_equal(c->nparts, 3);
	assert_int_equal(c->nitems, 0);
	assert_true(pc_count_fits(c));
	done(&p);
}

static void
test_heading_restated_and_guard(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	/* a heading's count restated by the first sentence below it */
	parse(&p, "第三章构建现代化产业体系\n第一节做强三大支柱产业\n"
	    "聚焦新一代信息技术、高端装备两大支柱产业，推动产业链整体跃升。\n"
	    "第二节实施两大工程\n围绕基础再造、智能制造两大工程，统筹推进。\n");
	c = count(&p, "三大支柱产业", 0);
	assert_int_equal(c->form, PC_LIST_RESTATED);
	assert_int_equal(c->ref_value, 2);
	assert_false(pc_count_fits(c));
	assert_true(pc_count_fits(count(&p, "两大支柱产业", 0)));
	c = count(&p, "两大工程", 0);
	assert_int_equal(c->form, PC_LIST_RESTATED);
	assert_true(pc_count_fits(c));
	done(&p);

	/* a paragraph's count is no heading list unless it introduces the
	 * headings (colon, 如下/以下, or a heading naming its noun) */
	parse(&p, "三、发展目标\n到2030年，建成两个国家级平台。\n"
	    "（一）经济目标\n（二）创新目标\n（三）绿色目标\n"
	    "四、研究重点\n重点研究以下五大领域。\n（一）新一代信息技术\n"
	    "（二）高端装备\n");
	expect(&p, "两个国家级平台", PC_LIST_NONE, 2, 0, 0, 0, 1, NULL);
	c = count(&p, "五大领域", 0);
	assert_int_equal(c->form, PC_LIST_HEADINGS);
	assert_int_equal(c->nitems, 2);
	assert_false(pc_count_fits(c));
	done(&p);
}

static void
test_modifiers_and_sum_of_one(void **state)
{
	struct parsed p;
	const pc_count *c;

	(void)state;
	/* a numeral in the modifier: 两大千亿级产业; 形成了 leads */
	parse(&p, "全区形成了电子信息、装备制造两大千亿级产业。\n"
	    "研究提出“1+4”产业片区布局。一是明确一个产业核心区。二是谋划三大"
	    "产业片区。重点谋划湾北智造园、湾南科创园、湾东物流园三个产业片区。"
	    "\n");
	expect(&p, "两大千亿级产业", PC_LIST_BEFORE, 2, 2, 2, 0, 1,
	    "电子信息|装备制造");
	c = count(&p, "“1+4”产业片区", 0);
	assert_int_equal(c->nitems, 2);
	assert_int_equal(c->items[0].value, 1);
	{
		char *t = text(&p, c->items[0].start, c->items[0].end);

		/* the part's word, past the lexicon's noun 产业 */
		assert_string_equal(t, "一个产业核心区");
		free(t);
	}
	assert_false(pc_count_fits(c));
	done(&p);
}

/* --- numbers that are no counts ----------------------------------------- */

static void
test_not_counts(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "深入贯彻党的二十大和二十届历次全会精神，落实《国民经济和社会"
	    "发展第十五个五年规划纲要》。发展第三代半导体材料，攻关六维力传感"
	    "技术，服务制造两业融合，打造“三生融合”社区，落实“一城三区”战略"
	    "，在第一阶段深入学习。分析未来五年发展机遇，培育一批领军企业，建"
	    "设三四个平台，推进十余项任务，聚焦近十个领域，做强这三大领域，"
	    "“十五五”时期建设两个国家级平台。新增一类创新药和三类医疗器械。"
	    "内存16G以下，提高3个百分点。\n");
	/* only the count with no list remains, silent */
	assert_int_equal(p.cs.n, 1);
	expect(&p, "两个国家级平台", PC_LIST_NONE, 2, 0, 0, 0, 1, NULL);
	done(&p);
}

static void
test_not_the_counted_list(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "在深圳、广州建设三个平台。\n"
	    "将新能源、新材料作为三大产业。\n"
	    "在新能源、新材料等领域培育两大产业集群。\n"
	    "建设两个国家级平台。\n");
	assert_int_equal(p.cs.n, 4);
	for (int32_t i = 0; i < p.cs.n; i++) {
		assert_int_equal(p.cs.c[i].form, PC_LIST_NONE);
		assert_true(pc_count_fits(&p.cs.c[i]));
	}
	done(&p);
}

/* Word-export leftovers are blanks; a range selects counts by start. */
static void
test_mask_and_range(void **state)
{
	struct parsed p;
	pc_counts cs;
	int32_t off;

	(void)state;
	parse(&p, "[bookmark: _Toc1]推动自行车、钟表、内衣三大产业升级。\n"
	    "聚焦新兴电池、发电设施、储能系统三大领域。\n");
	expect(&p, "三大产业", PC_LIST_BEFORE, 3, 3, 3, 0, 1,
	    "自行车|钟表|内衣");
	memset(&cs, 0, sizeof(cs));
	off = pc_test_offset(&p.d, "聚焦", 0);
	pc_counts_find(&p.d.view, &p.o, &lex, off, p.d.view.len, &cs);
	assert_int_equal(cs.n, 1);
	assert_int_equal(cs.c[0].value, 3);
	assert_int_equal(cs.c[0].nitems, 3);
	assert_int_equal(cs.c[0].start, pc_test_offset(&p.d, "三大领域", 0));
	pc_counts_free(&cs);
	/* a lexicon with no words finds nothing */
	{
		pc_list_lex none = { NULL, NULL, NULL };

		memset(&cs, 0, sizeof(cs));
		pc_counts_find(&p.d.view, &p.o, &none, 0, p.d.view.len, &cs);
		assert_int_equal(cs.n, 0);
		pc_counts_free(&cs);
	}
	done(&p);
}

/* --- the seed with the bundled lexicon ---------------------------------- */

static char *
slurp_seed(void)
{
	char *path = pc_xasprintf("%s/../../corpus/%s", pc_test_datadir(),
	    SEED);
	char *s = pc_test_slurp(path, NULL);

	if (s == NULL)
		fail_msg("cannot read %s", path);
	free(path);
	return s;
}

/* Replace the first occurrence of from by to; the caller frees. */
static char *
replace(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);

	if (p == NULL)
		fail_msg("\"%s\" not in the seed", from);
	return pc_xasprintf("%.*s%s%s", (int)(p - s), s, to,
	    p + strlen(from));
}

static int32_t
misfits(const struct parsed *p, const char **which)
{
	int32_t n = 0;

	for (int32_t i = 0; i < p->cs.n; i++)
		if (!pc_count_fits(&p->cs.c[i])) {
			n++;
			*which = "";
			if (n == 1) {
				static char buf[128];
				char *t = text(p, p->cs.c[i].start,
				    p->cs.c[i].end);

				snprintf(buf, sizeof(buf), "%s", t);
				free(t);
				*which = buf;
			}
		}
	return n;
}

static void
test_seed(void **state)
{
	pc_dictset ds;
	pc_test_reports rs = { NULL, 0, 0 };
	pc_list_lex lx;
	struct parsed p;
	char *seed = slurp_seed(), *m;
	const char *which = NULL;
	int32_t listed = 0, sums = 0;
	static const struct {
		const char *from, *to, *count;
	} muts[] = {
		{ "六大方向", "五大方向", "五大方向" },
		{ "鸿蒙生态、", "", "六大方向" },
		{ "高端装备六大方向", "高端装备、类脑芯片六大方向", "六大方向" },
		{ "、内衣三大产业", "三大产业", "三大产业" },
		{ "五大重点任务", "六大重点任务", "六大重点任务" },
		{ "凤凰城、", "", "三大总部集聚区" },
		{ "三大总部经济集聚区", "四大总部经济集聚区",
		  "四大总部经济集聚区" },
		{ "“3+9”", "“3+8”", "“3+8”产业片区" },
		{ "两大未来产业", "三大未来产业", "三大未来产业" },
		{ "以及保障措施六个方面", "六个方面", "六个方面" },
		{ "等13项指标", "、数字经济比重13项指标", "13项指标" },
	};

	(void)state;
	memset(&ds, 0, sizeof(ds));
	if (pc_dictset_load(&ds, pc_test_dictsdir(), pc_test_dictsdir(),
	    pc_test_report_cb, &rs) != 0)
		pc_test_reports_print(&rs);
	pc_test_reports_free(&rs);
	pc_list_lex_init(&lx, &ds);

	parse_with(&p, seed, &lx);
	for (int32_t i = 0; i < p.cs.n; i++) {
		if (p.cs.c[i].form == PC_LIST_SUM)
			sums++;
		else if (p.cs.c[i].form != PC_LIST_NONE)
			listed++;
	}
	/* 24 counts, every one with a list (the two restated ones with
	 * their restatement's), and the sums 3+3+1, 20+8, 3+9 */
	assert_int_equal(p.cs.n, 27);
	assert_int_equal(listed, 24);
	assert_int_equal(sums, 3);
	assert_int_equal(misfits(&p, &which), 0);
	expect(&p, "六个方面", PC_LIST_BEFORE, 6, 6, 6, 0, 1,
	    "基础和形势|发展目标|重点产业|主要任务|空间布局|保障措施");
	assert_int_equal(count(&p, "八大新兴产业", 0)->nitems, 8);
	assert_int_equal(count(&p, "五大重点任务", 0)->nitems, 5);
	assert_int_equal(count(&p, "三大问题", 0)->nitems, 3);
	assert_int_equal(count(&p, "“3+9”产业片区", 0)->nitems, 2);
	done(&p);

	/* one change, one count that no longer fits: the changed one */
	for (size_t i = 0; i < sizeof(muts) / sizeof(muts[0]); i++) {
		m = replace(seed, muts[i].from, muts[i].to);
		parse_with(&p, m, &lx);
		which = NULL;
		if (misfits(&p, &which) != 1 || strcmp(which,
		    muts[i].count) != 0)
			fail_msg("mutation %zu (%s → %s): %d misfits, first "
			    "\"%s\"", i, muts[i].from, muts[i].to,
			    (int)misfits(&p, &which), which ? which : "");
		done(&p);
		free(m);
	}
	free(seed);
	pc_dictset_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_before_seed_sentences),
		cmocka_unit_test(test_before_verb_items),
		cmocka_unit_test(test_before_mismatch),
		cmocka_unit_test(test_before_two_counts_in_a_clause),
		cmocka_unit_test(test_joiners),
		cmocka_unit_test(test_joiner_only_list),
		cmocka_unit_test(test_open),
		cmocka_unit_test(test_colon),
		cmocka_unit_test(test_ordinal_seed),
		cmocka_unit_test(test_ordinal_mismatch_and_paragraphs),
		cmocka_unit_test(test_ordinal_nested_and_tolerant),
		cmocka_unit_test(test_ordinal_nearest_count),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_restated_and_sum),
		cmocka_unit_test(test_heading_restated_and_guard),
		cmocka_unit_test(test_modifiers_and_sum_of_one),
		cmocka_unit_test(test_not_counts),
		cmocka_unit_test(test_not_the_counted_list),
		cmocka_unit_test(test_mask_and_range),
		cmocka_unit_test(test_seed),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
