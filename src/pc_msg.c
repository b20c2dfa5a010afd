/* Messages about inputs: one table of texts, both languages. */
#include "pc_msg.h"

#include <string.h>

#include "pc_alloc.h"

void
pc_msg_src_error(const pc_src_error *e, char **en, char **zh)
{
	long long off = (long long)e->offset;

	switch (e->status) {
	case PC_SRC_OPEN:
	case PC_SRC_READ:
		*en = pc_xasprintf("cannot read: %s", strerror(e->sys_errno));
		*zh = pc_xasprintf("无法读取：%s", strerror(e->sys_errno));
		break;
	case PC_SRC_IS_DIR:
		*en = pc_xstrdup("is a directory");
		*zh = pc_xstrdup("是目录");
		break;
	case PC_SRC_TOO_LARGE:
		*en = pc_xasprintf("larger than the input size limit of %lld "
		    "bytes", off);
		*zh = pc_xasprintf("超过输入大小上限（%lld 字节）", off);
		break;
	case PC_SRC_BINARY:
		*en = pc_xasprintf("not a text document: control byte 0x%02X "
		    "at byte offset %lld", e->byte, off);
		*zh = pc_xasprintf("不是文本文件：字节偏移 %lld 处有控制字节 "
		    "0x%02X", off, e->byte);
		break;
	case PC_SRC_UNDECODABLE:
		*en = pc_xasprintf("invalid %s byte sequence at byte offset "
		    "%lld", e->encoding, off);
		*zh = pc_xasprintf("字节偏移 %lld 处不是有效的 %s 编码", off,
		    e->encoding);
		break;
	case PC_SRC_UNDETECTED:
		*en = pc_xasprintf("cannot decode: not UTF-8 (invalid byte at "
		    "offset %lld) and not recognisably GB18030 or Big5; use "
		    "--encoding", off);
		*zh = pc_xasprintf("无法解码：不是 UTF-8（字节偏移 %lld 处无效），"
		    "也无法识别为 GB18030 或 Big5；可用 --encoding 指定编码", off);
		break;
	case PC_SRC_BAD_ENCODING:
		*en = pc_xasprintf("unsupported encoding %s", e->encoding);
		*zh = pc_xasprintf("不支持的编码 %s", e->encoding);
		break;
	case PC_SRC_BAD_CONTAINER:
		*en = pc_xasprintf("not a readable DOCX: %s", e->detail);
		*zh = pc_xasprintf("不是可读取的 DOCX 文件：%s", e->detail);
		break;
	case PC_SRC_BAD_MARKUP:
		*en = pc_xasprintf("markup error at line %lld: %s", off,
		    e->detail);
		*zh = pc_xasprintf("第 %lld 行标记错误：%s", off, e->detail);
		break;
	case PC_SRC_PART_TOO_LARGE:
		*en = pc_xasprintf("a part of the document expands beyond the "
		    "limit of %lld bytes (%s)", off, e->detail);
		*zh = pc_xasprintf("文档部件解压后超过上限 %lld 字节（%s）", off,
		    e->detail);
		break;
	case PC_SRC_ENTITY:
		*en = pc_xasprintf("document type declaration or entity at "
		    "line %lld is not allowed (never expanded)", off);
		*zh = pc_xasprintf("第 %lld 行含文档类型声明或实体，不予处理（不会展开）",
		    off);
		break;
	case PC_SRC_TOO_DEEP:
		*en = pc_xasprintf("markup nested too deeply at line %lld", off);
		*zh = pc_xasprintf("第 %lld 行标记嵌套过深", off);
		break;
	default:
		*en = pc_xstrdup("cannot read");
		*zh = pc_xstrdup("无法读取");
		break;
	}
}
