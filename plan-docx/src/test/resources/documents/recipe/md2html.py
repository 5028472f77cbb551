#!/usr/bin/env python3
"""Turns the small Markdown subset of the CivicPlan samples (ATX headings, paragraphs, **bold**,
GFM tables) into HTML for LibreOffice to convert, or into a government-style web page.

usage: md2html.py plain|page|pdf|pdf-columns|ruled|repeat-header|borderless IN.md OUT.html [ENCODING]
  plain  a bare HTML document (what LibreOffice turns into .docx)
  page   a page as a district government site publishes it: navigation, breadcrumbs, the article
         in a TRS_Editor container, a share bar and a footer, <meta> publication date
  pdf    like plain, plus a red issuing header (文件头, 文号) and a page-number footer
  pdf-columns  like pdf, the header in two columns (a borderless table): the organ's 文件 line
         left, the 文号 right, a red rule below
  ruled  like plain, with a page-number footer, tables as wide as the page and header cells
         unbroken (a long task table that runs onto the next page)
  repeat-header  like ruled, each table's first row in <thead> (LibreOffice repeats it at the
         top of every page the table runs onto)
  borderless  like ruled, tables printed without ruling lines (border="0"), the columns set
         apart by the cells' padding only
"""
import html, re, sys

mode, src, out = sys.argv[1], sys.argv[2], sys.argv[3]
enc = sys.argv[4] if len(sys.argv) > 4 else "utf-8"
text = open(src, encoding="utf-8").read()

def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)

blocks, para, title = [], [], None
lines = text.split("\n")
i = 0
def flush():
    global para
    if para:
        blocks.append("<p>" + inline("".join(para)) + "</p>")
        para = []
while i < len(lines):
    l = lines[i]
    m = re.match(r"^(#{1,6})\s+(.*)$", l)
    if m:
        flush()
        n = len(m.group(1))
        if title is None and n == 1:
            title = re.sub(r"\*", "", m.group(2))
        blocks.append("<h%d>%s</h%d>" % (n, inline(m.group(2)), n))
    elif l.startswith("|"):
        flush()
        rows = []
        while i < len(lines) and lines[i].startswith("|"):
            cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            if not all(re.match(r"^:?-+:?$", c) for c in cells):
                rows.append(cells)
            i += 1
        t = ['<table width="100%" border="0" cellpadding="9" cellspacing="0">' if mode == "borderless" else ('<table width="100%" border="1">' if mode in ("ruled", "repeat-header") else '<table border="1">')]
        for k, r in enumerate(rows):
            tag = "th" if k == 0 else "td"
            attr = " nowrap" if k == 0 and mode in ("ruled", "repeat-header", "borderless") else ""
            row = "<tr>" + "".join("<%s%s>%s</%s>" % (tag, attr, inline(c), tag) for c in r) + "</tr>"
            if mode == "repeat-header" and k == 0:
                row = "<thead>" + row + "</thead><tbody>"
            t.append(row)
        t.append("</tbody></table>" if mode == "repeat-header" else "</table>")
        blocks.append("\n".join(t))
        continue
    elif l.strip() == "":
        flush()
    else:
        para.append(l.strip())
    i += 1
flush()
body = "\n".join(blocks)
title = title or "工作计划"
charset = {"utf-8": "UTF-8", "gbk": "GBK", "gb2312": "GB2312", "gb18030": "GB18030"}[enc.lower()]

if mode in ("plain", "ruled", "repeat-header", "borderless"):
    footer = "" if mode == "plain" else '<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>'
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{html.escape(title)}</title></head>
<body>
{footer}
{body}
</body></html>
"""
elif mode == "pdf":
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{html.escape(title)}</title></head>
<body>
<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>
<p align="center"><font color="#ff0000" size="7"><b>中共江苏路街道工作委员会文件</b></font></p>
<p align="center">江苏委〔2024〕1号</p>
{body}
</body></html>
"""
elif mode == "pdf-columns":
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{html.escape(title)}</title></head>
<body>
<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>
<table width="620" border="0" cellpadding="0" cellspacing="0"><col width="420"><col width="200"><tr>
<td width="420" nowrap><font color="#ff0000" size="6"><b>江苏路街道办事处文件</b></font></td>
<td width="200" nowrap align="right">江苏办〔2024〕3号</td>
</tr></table>
<hr color="#ff0000">
{body}
</body></html>
"""
else:
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_江苏路街道_长宁区人民政府</title>
<meta name="PubDate" content="2024-02-20 09:30">
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="ContentSource" content="江苏路街道办事处">
</head>
<body>
<div class="header"><div class="logo">长宁区人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a> &gt; 正文</div>
<div class="main">
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">2023年工作总结</a></li><li><a href="/b">2024年预算公开</a></li><li><a href="/c">街道简介</a></li></ul></div>
<div class="article">
<div class="info">发布日期：2024-02-20　来源：江苏路街道办事处　字号：[大 中 小]</div>
<div class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
</div></div>
<div class="footer"><p>主办：上海市长宁区人民政府办公室　地址：长宁区愚园路1320号</p><p>沪ICP备00000000号-1　网站标识码：3100000000</p></div>
</body></html>
"""
open(out, "w", encoding=enc).write(doc)
