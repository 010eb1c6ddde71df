<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FileChooser</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>%1 is a file of the database Service Desk has open. Choose another file.</source>
        <translation>%1 是售后服务台正在使用的数据库文件，请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Service Desk: queues, tickets and customers.</source>
        <translation>售后服务台：队列、工单和客户。</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>Upgrading the database…</source>
        <translation>正在升级数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in as this user (login); the password is asked.</source>
        <translation>以此用户（登录名）登录；密码会另行询问。</translation>
    </message>
    <message>
        <source>A caller&apos;s number: the running desk opens its caller card.</source>
        <translation>来电号码：正在运行的售后服务台打开该来电者的来电卡片。</translation>
    </message>
    <message>
        <source>tel:NUMBER or callto:NUMBER, as a phone system opens it.</source>
        <translation>tel:号码 或 callto:号码，即电话系统打开的链接。</translation>
    </message>
    <message>
        <source>servicedesk: &quot;%1&quot; is not a phone number</source>
        <translation>servicedesk：“%1”不是电话号码</translation>
    </message>
    <message>
        <source>%1 is damaged:
%2

The last good backup, %3, holds %4 tickets. Put it in place of the database? Work done since then is not in it; the damaged file is kept beside it.</source>
        <translation>%1 已损坏：
%2

最近一份完好的备份 %3 含 %4 张工单。要用它替换数据库吗？此后所做的工作不在其中；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>The backup was not put in place:
%1</source>
        <translation>未能恢复备份：
%1</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept at %1.</source>
        <translation>备份已恢复。损坏的文件保留在 %1。</translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About Service Desk</source>
        <translation>关于售后服务台</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Service Desk authors. All rights reserved.
Proprietary software: it may be used, copied or distributed only under a written agreement with the copyright holders.</source>
        <translation>版权所有 © 2026 售后服务台作者。保留所有权利。
专有软件：仅可依据与版权持有人签订的书面协议使用、复制或分发。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>使用的程序库：</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>数据库引擎</translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>登录用户</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>程序库</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>sd::AccessControl</name>
    <message>
        <source>not allowed for the role &quot;%1&quot;: %2</source>
        <translation>角色“%1”无权：%2</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is deactivated</source>
        <translation>账户“%1”已停用</translation>
    </message>
    <message>
        <source>nobody is signed in: %1 needs a signed-in user</source>
        <translation>尚未登录：%1 需要已登录的用户</translation>
    </message>
</context>
<context>
    <name>sd::AgentPerformanceDocument</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All tickets, as the agent belongs to no team; counts are the mean of the %1 agents who worked on them.</source>
        <translation>该坐席不属于任何团队，因此与全部工单比较；数量为处理过这些工单的 %1 名坐席的平均值。</translation>
    </message>
    <message>
        <source>Team %1: rates and times over all its tickets; counts are the mean of the %2 agents who worked on them.</source>
        <translation>团队 %1：比率和时长按团队全部工单计算；数量为处理过团队工单的 %2 名坐席的平均值。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Agent performance: %1</source>
        <translation>坐席绩效：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Green: better than the team; red: worse. Times are business minutes; figures as the quality report defines them.</source>
        <translation>绿色：优于团队；红色：差于团队。时长按工作时间计算；各指标的定义与质量报表相同。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>sd::AgentPerformancePage</name>
    <message>
        <source>Agent performance</source>
        <translation>坐席绩效</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>请选择坐席。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The page was saved to %1.</source>
        <translation>绩效页已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>sd::ArticleDialog</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>新建知识库文章</translation>
    </message>
    <message>
        <source>New article from ticket %1</source>
        <translation>从工单 %1 新建文章</translation>
    </message>
    <message>
        <source>Edit article %1</source>
        <translation>编辑文章 %1</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>The problem in a customer&apos;s words, e.g. &quot;Printer jams on every page&quot;</source>
        <translation>用客户的话描述问题，例如“打印机每页都卡纸”</translation>
    </message>
    <message>
        <source>Any kind of ticket</source>
        <translation>任何类别的工单</translation>
    </message>
    <message>
        <source>The product or model it concerns (optional)</source>
        <translation>涉及的产品或型号（可不填）</translation>
    </message>
    <message>
        <source>Words agents may search for, separated by commas</source>
        <translation>坐席可能搜索的词，用逗号分隔</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kind of ticket:</source>
        <translation>工单类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>P&amp;roblem:</source>
        <translation>问题(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>解答(&amp;A)：</translation>
    </message>
    <message>
        <source>Simple formatting: **bold**, lists with &quot;1.&quot; or &quot;-&quot;, a blank line between paragraphs. Agents insert the answer into their replies.</source>
        <translation>简单格式：**加粗**，用“1.”或“-”开头列出步骤，段落之间空一行。坐席会把解答插入给客户的回复。</translation>
    </message>
    <message>
        <source>Written from:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>%1 编写</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>未知作者</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>%1 审核</translation>
    </message>
    <message>
        <source>from ticket %1</source>
        <translation>来自工单 %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>Suggested %1 times, used %2 times</source>
        <translation>被推荐 %1 次，被采用 %2 次</translation>
    </message>
</context>
<context>
    <name>sd::ArticleFolder</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid</source>
        <translation>“%1”不是有效的 uuid</translation>
    </message>
    <message>
        <source>the language is zh or en, not &quot;%1&quot;</source>
        <translation>语言应为 zh 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>the status is draft, published or archived, not &quot;%1&quot;</source>
        <translation>状态应为 draft、published 或 archived，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no ticket category &quot;%1&quot;</source>
        <translation>没有名为“%1”的工单类别</translation>
    </message>
    <message>
        <source>an article file starts with a line &quot;---&quot; and its title, language and status</source>
        <translation>文章文件应以一行“---”开头，随后是标题、语言和状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;key: value&quot;; the front matter ends with a line &quot;---&quot;</source>
        <translation>“%1”不是“键: 值”格式；文件头应以一行“---”结束</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在以下项目中：%2</translation>
    </message>
    <message>
        <source>the front matter has no closing line &quot;---&quot;</source>
        <translation>文件头缺少结束行“---”</translation>
    </message>
    <message>
        <source>the front matter has no title</source>
        <translation>文件头没有标题（title）</translation>
    </message>
    <message>
        <source>the front matter has no language (zh or en)</source>
        <translation>文件头没有语言（zh 或 en）</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>添加附件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Drop photos and files here. Double-click or press Enter to open one.</source>
        <translation>将照片和文件拖放到此处。双击或按回车键打开。</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>添加到(&amp;T)：</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>本工单</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>第 %1 次上门</translation>
    </message>
    <message>
        <source>%1 · visit %2</source>
        <translation>%1 · 第 %2 次上门</translation>
    </message>
    <message>
        <source>%1
%2, attached by %3 on %4</source>
        <translation>%1
%2，由 %3 于 %4 添加</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>%1 is %2: files up to %3 are attached</source>
        <translation>%1 大小为 %2：只能添加不超过 %3 的文件</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>No program here opens %1; use Save as… instead.</source>
        <translation>本机没有可以打开 %1 的程序；请改用“另存为…”。</translation>
    </message>
    <message>
        <source>Visit %1 · %2</source>
        <translation>第 %1 次上门 · %2</translation>
    </message>
</context>
<context>
    <name>sd::AttachmentService</name>
    <message>
        <source>the file has no name</source>
        <translation>文件没有名称</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach</source>
        <translation>%1 是空文件：没有可添加的内容</translation>
    </message>
    <message>
        <source>%1 is %2: files up to %3 are attached (the configuration&apos;s service.attachments.max_mb)</source>
        <translation>%1 大小为 %2：只能添加不超过 %3 的文件（配置项 service.attachments.max_mb）</translation>
    </message>
    <message>
        <source>ticket %1 does not exist</source>
        <translation>工单 %1 不存在</translation>
    </message>
    <message>
        <source>the visit is not one of this ticket&apos;s</source>
        <translation>该上门服务不属于本工单</translation>
    </message>
    <message>
        <source>the attachment does not exist or was removed</source>
        <translation>附件不存在或已被移除</translation>
    </message>
    <message>
        <source>%1 is incomplete here (%2 of %3 parts): it has not fully arrived or is damaged</source>
        <translation>%1 在本地不完整（%3 个分段中只有 %2 个）：尚未完全同步或已损坏</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is damaged here: its content does not match the checksum taken when it was attached</source>
        <translation>%1 在本地已损坏：其内容与添加时记录的校验值不符</translation>
    </message>
</context>
<context>
    <name>sd::AuditLog</name>
    <message>
        <source>at the desk</source>
        <translation>在桌面客户端</translation>
    </message>
    <message>
        <source>with sdctl</source>
        <translation>通过 sdctl</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>reset by an administrator</source>
        <translation>由管理员重置</translation>
    </message>
    <message>
        <source>changed by the user</source>
        <translation>由本人修改</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人：%1</translation>
    </message>
</context>
<context>
    <name>sd::AuditLogDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>更早的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>sd::Backup</name>
    <message>
        <source>%1 exists already: a backup never overwrites a file; choose another name</source>
        <translation>%1 已存在：备份从不覆盖文件，请换一个文件名</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a Service Desk database</source>
        <translation>%1 不是售后服务台数据库</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>%1 was made by a newer Service Desk (schema version %2; this program knows versions up to %3); update the program to use it</source>
        <translation>%1 由更新版本的售后服务台创建（数据结构版本 %2；本程序只认识到版本 %3）；请先升级程序</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable server dump: %2</source>
        <translation>%1 不是可读取的服务器转储：%2</translation>
    </message>
    <message>
        <source>%1 is a server dump without the tickets of a Service Desk database</source>
        <translation>%1 是服务器转储，但不含售后服务台的工单表</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a copy of it</source>
        <translation>%1 就是数据库本身，不是它的备份</translation>
    </message>
    <message>
        <source>the copy of %1 beside the database cannot be read; nothing was changed</source>
        <translation>数据库旁的 %1 副本无法读取；未做任何改动</translation>
    </message>
    <message>
        <source>cannot keep the replaced file at %1; nothing was changed</source>
        <translation>无法把被替换的文件保留到 %1；未做任何改动</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian: postgresql-client)</source>
        <translation>未安装 %1（Debian 软件包：postgresql-client）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot put %1 in place at %2</source>
        <translation>无法把 %1 放到 %2</translation>
    </message>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>无法放置 %1：%2</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <source>%1 is open on a desk or in another program: close them all, then restore</source>
        <translation>%1 正被某个工作台或其他程序打开：请全部关闭后再恢复</translation>
    </message>
    <message>
        <source>cannot keep the replaced database at %1; nothing was changed</source>
        <translation>无法把被替换的数据库保留到 %1；未做任何改动</translation>
    </message>
    <message>
        <source>%1 is a server dump: it is restored into a server&apos;s database (sdctl restore FILE --db postgresql://…)</source>
        <translation>%1 是服务器转储：它只能恢复到服务器上的数据库中（sdctl restore FILE --db postgresql://…）</translation>
    </message>
</context>
<context>
    <name>sd::BreakdownModel</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolution median</source>
        <translation>解决时长中位数</translation>
    </message>
    <message>
        <source>SLA resolution</source>
        <translation>SLA 解决达标率</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>sd::BusinessCalendar</name>
    <message>
        <source>A time must be text in the form HH:MM, e.g. &quot;09:00&quot;.</source>
        <translation>时间必须是 HH:MM 格式的文本，例如 &quot;09:00&quot;。</translation>
    </message>
    <message>
        <source>The hour of &quot;%1&quot; must be between 00 and 24.</source>
        <translation>“%1”中的小时必须在 00 到 24 之间。</translation>
    </message>
    <message>
        <source>The minute of &quot;%1&quot; must be between 00 and 59.</source>
        <translation>“%1”中的分钟必须在 00 到 59 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is past the end of the day; use &quot;24:00&quot; for midnight.</source>
        <translation>“%1”超出了一天的范围；午夜请写作 &quot;24:00&quot;。</translation>
    </message>
    <message>
        <source>An interval must be a list of two times, e.g. [&quot;09:00&quot;, &quot;12:00&quot;].</source>
        <translation>时段必须是包含两个时间的列表，例如 [&quot;09:00&quot;, &quot;12:00&quot;]。</translation>
    </message>
    <message>
        <source>The interval starts at %1 but ends at %2; the start must come before the end. Split intervals that cross midnight into two days.</source>
        <translation>时段从 %1 开始、到 %2 结束，开始时间必须早于结束时间。跨越午夜的时段请拆分到前后两天。</translation>
    </message>
    <message>
        <source>A weekday must be a list of intervals, e.g. [[&quot;09:00&quot;, &quot;12:00&quot;], [&quot;13:30&quot;, &quot;18:00&quot;]].</source>
        <translation>每周各天的值必须是时段列表，例如 [[&quot;09:00&quot;, &quot;12:00&quot;], [&quot;13:30&quot;, &quot;18:00&quot;]]。</translation>
    </message>
    <message>
        <source>The interval %1-%2 overlaps %3-%4.</source>
        <translation>时段 %1-%2 与 %3-%4 重叠。</translation>
    </message>
    <message>
        <source>The week must be an object with keys mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>week 必须是对象，键为 mon、tue、wed、thu、fri、sat 和 sun。</translation>
    </message>
    <message>
        <source>Unknown weekday &quot;%1&quot;; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>未知的星期“%1”；请使用 mon、tue、wed、thu、fri、sat 或 sun。</translation>
    </message>
    <message>
        <source>Expected a list of dates in the form YYYY-MM-DD.</source>
        <translation>此处应为 YYYY-MM-DD 格式的日期列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>A calendar must be a JSON object.</source>
        <translation>工作日历必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a calendar has name, timezone, week, holidays and extra_workdays.</source>
        <translation>未知的键“%1”；工作日历只能包含 name、timezone、week、holidays 和 extra_workdays。</translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation>名称（name）必须是文本。</translation>
    </message>
    <message>
        <source>The time zone is missing; give an IANA id such as &quot;Asia/Shanghai&quot;.</source>
        <translation>缺少时区；请填写 IANA 时区标识，例如 &quot;Asia/Shanghai&quot;。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; give an IANA id such as &quot;Asia/Shanghai&quot;.</source>
        <translation>未知的时区“%1”；请填写 IANA 时区标识，例如 &quot;Asia/Shanghai&quot;。</translation>
    </message>
    <message>
        <source>The calendar has no working time: give working hours for at least one weekday.</source>
        <translation>工作日历中没有工作时间：请至少为一周中的一天设置工作时段。</translation>
    </message>
    <message>
        <source>Cannot read the calendar file: %1</source>
        <translation>无法读取工作日历文件：%1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>文件不是有效的 JSON：%1（位于偏移量 %2）。</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
</context>
<context>
    <name>sd::CalibrationDialog</name>
    <message>
        <source>Calibration</source>
        <translation>质检校准</translation>
    </message>
    <message>
        <source>e.g. HQ-000123</source>
        <translation>例如 HQ-000123</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>工单(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Inspectors (two or more):</source>
        <translation>质检员（两位或以上）(&amp;I)：</translation>
    </message>
    <message>
        <source>Each scores the ticket on its own; calibration reviews are kept out of every figure and not shown to the agent.</source>
        <translation>各自独立评分；校准质检不计入任何统计，也不向坐席显示。</translation>
    </message>
</context>
<context>
    <name>sd::CallerCard</name>
    <message>
        <source>Caller&apos;s phone number, name or customer code</source>
        <translation>来电号码、客户名称或客户编号</translation>
    </message>
    <message>
        <source>Type or paste the caller&apos;s number or name, then press Enter.</source>
        <translation>输入或粘贴来电号码或客户名称，然后按回车键。</translation>
    </message>
    <message>
        <source>Several customers match; pick one:</source>
        <translation>匹配到多个客户，请选择：</translation>
    </message>
    <message>
        <source>New ticket for this caller</source>
        <translation>为此来电新建工单</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户资料</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>最近联系记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <source>New ticket without customer</source>
        <translation>新建工单（不关联客户）</translation>
    </message>
    <message>
        <source>Register the caller:</source>
        <translation>登记来电人：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>No contact details on file</source>
        <translation>暂无联系方式</translation>
    </message>
    <message>
        <source>no warranty</source>
        <translation>无保修</translation>
    </message>
    <message>
        <source>in warranty until %1</source>
        <translation>保修期至 %1</translation>
    </message>
    <message>
        <source>No purchases on file</source>
        <translation>暂无购买记录</translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation>暂无未结工单</translation>
    </message>
    <message>
        <source>No earlier contacts</source>
        <translation>暂无历史联系记录</translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;</source>
        <translation>未找到与“%1”匹配的客户</translation>
    </message>
    <message>
        <source>More customers match than are listed: type more of the name or number.</source>
        <translation>匹配的客户多于列出的数量：请输入更多姓名或号码。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>warranty expired on %1</source>
        <translation>保修已于 %1 到期</translation>
    </message>
    <message>
        <source>Record the return visit…</source>
        <translation>记录回访结果…</translation>
    </message>
    <message>
        <source>A return visit is due (%1, %2, since %3): ask how it went.</source>
        <translation>该客户有待回访（%1，%2，应访日期 %3）：请顺便询问使用情况。</translation>
    </message>
    <message>
        <source>A return visit is due (%1, since %2): ask how it went.</source>
        <translation>该客户有待回访（%1，应访日期 %2）：请顺便询问使用情况。</translation>
    </message>
</context>
<context>
    <name>sd::CarePage</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>关怀事由</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>&amp;Mark the greeting sent</source>
        <translation>标记已问候(&amp;M)</translation>
    </message>
    <message>
        <source>Care this week</source>
        <translation>本周客户关怀</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>本周(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries with us and the holidays of the configuration. Double-click a customer to open them.</source>
        <translation>生日、合作周年和配置中的节日。双击客户可打开其资料。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <translation>已由 %1 问候</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未问候</translation>
    </message>
    <message>
        <source>1 year with us</source>
        <translation>合作 1 年</translation>
    </message>
    <message>
        <source>%1 years with us</source>
        <translation>合作 %1 年</translation>
    </message>
</context>
<context>
    <name>sd::CareService</name>
    <message>
        <source>give the first day of the week</source>
        <translation>请给出一周的第一天</translation>
    </message>
    <message>
        <source>customer %1 has no %2 on %3</source>
        <translation>客户 %1 在 %3 没有“%2”</translation>
    </message>
    <message>
        <source>the greeting to %1 for the %2 on %3 was already marked sent by %4</source>
        <translation>%1 在 %3 的“%2”问候已由 %4 标记为已发送</translation>
    </message>
</context>
<context>
    <name>sd::Codes</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Usage guidance</source>
        <translation>使用指导</translation>
    </message>
    <message>
        <source>Fault / repair</source>
        <translation>故障报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>P1 urgent</source>
        <translation>P1 紧急</translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation>P2 高</translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation>P3 普通</translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation>P4 低</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Pending third party</source>
        <translation>等待第三方</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>L1 first line</source>
        <translation>L1 一线</translation>
    </message>
    <message>
        <source>L2 specialist</source>
        <translation>L2 二线</translation>
    </message>
    <message>
        <source>L3 engineering</source>
        <translation>L3 三线</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>create tickets</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>edit tickets</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>comment on tickets</source>
        <translation>备注工单</translation>
    </message>
    <message>
        <source>take tickets (assign to oneself)</source>
        <translation>领取工单（分派给自己）</translation>
    </message>
    <message>
        <source>assign tickets to others</source>
        <translation>将工单分派给他人</translation>
    </message>
    <message>
        <source>escalate tickets</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <source>resolve or close tickets</source>
        <translation>解决或关闭工单</translation>
    </message>
    <message>
        <source>reopen tickets</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>record customer satisfaction</source>
        <translation>记录客户满意度</translation>
    </message>
    <message>
        <source>add and edit customers</source>
        <translation>新增和编辑客户</translation>
    </message>
    <message>
        <source>change a customer&apos;s tier or tier lock</source>
        <translation>更改客户等级或等级锁定</translation>
    </message>
    <message>
        <source>import tickets</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <source>export tickets</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>view reports on one&apos;s own work</source>
        <translation>查看本人工作报表</translation>
    </message>
    <message>
        <source>view reports on one&apos;s own team</source>
        <translation>查看本团队报表</translation>
    </message>
    <message>
        <source>view reports on everyone</source>
        <translation>查看全部报表</translation>
    </message>
    <message>
        <source>edit the configuration</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in refused: locked</source>
        <translation>登录被拒：已锁定</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>用户变更</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码变更</translation>
    </message>
    <message>
        <source>synchronise with head office</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <source>set up offices and their keys</source>
        <translation>设置分支机构及其密钥</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>merge duplicate customers</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>take complaints along their path</source>
        <translation>处理投诉流程</translation>
    </message>
    <message>
        <source>record service costs</source>
        <translation>记录服务成本</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Expectation gap</source>
        <translation>期望落差</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通问题</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流问题</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>schedule, reschedule and cancel technicians&apos; visits</source>
        <translation>安排、改约和取消上门服务</translation>
    </message>
    <message>
        <source>report how a visit went</source>
        <translation>回报上门服务进展</translation>
    </message>
    <message>
        <source>Customer confirmed the fix</source>
        <translation>客户确认已修复</translation>
    </message>
    <message>
        <source>Customer says not fixed</source>
        <translation>客户反馈未修复</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cannot complete</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Missing part</source>
        <translation>缺少配件</translation>
    </message>
    <message>
        <source>Customer absent</source>
        <translation>客户不在</translation>
    </message>
    <message>
        <source>Needs a specialist</source>
        <translation>需要专业人员</translation>
    </message>
    <message>
        <source>No access to the site</source>
        <translation>无法进入现场</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>propose solution plans and record the customer&apos;s consent</source>
        <translation>提出解决方案并记录客户同意</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面确认</translation>
    </message>
    <message>
        <source>Signed sheet</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>write and retire canned replies</source>
        <translation>编写和停用快捷回复</translation>
    </message>
    <message>
        <source>choose how teams&apos; tickets are assigned</source>
        <translation>设置团队工单分派方式</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动分派</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮流分派</translation>
    </message>
    <message>
        <source>Least open work</source>
        <translation>未结工单最少优先</translation>
    </message>
    <message>
        <source>Skill match</source>
        <translation>按技能匹配</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可接单</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>暂离</translation>
    </message>
    <message>
        <source>merge duplicate tickets</source>
        <translation>合并重复工单</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>已拆分</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>合作周年</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>make return visits</source>
        <translation>客户回访</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>首次使用回访</translation>
    </message>
    <message>
        <source>After a ticket</source>
        <translation>工单回访</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Issue persists</source>
        <translation>问题仍在</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>schedule reports</source>
        <translation>定时生成报表</translation>
    </message>
    <message>
        <source>Yesterday, every day</source>
        <translation>每天：前一天</translation>
    </message>
    <message>
        <source>Last week, every Monday</source>
        <translation>每周一：上周</translation>
    </message>
    <message>
        <source>Last month, on the 1st</source>
        <translation>每月 1 日：上月</translation>
    </message>
    <message>
        <source>write knowledge-base articles</source>
        <translation>编写知识库文章</translation>
    </message>
    <message>
        <source>review, publish and archive knowledge-base articles</source>
        <translation>审核、发布和归档知识库文章</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>review the quality of agents&apos; tickets and answer disputes</source>
        <translation>质检评分并答复申诉</translation>
    </message>
    <message>
        <source>set up scorecards, draw samples and settle escalated disputes</source>
        <translation>设置评分表、抽样并裁定升级的申诉</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待质检</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation>已升级主管</translation>
    </message>
    <message>
        <source>Dispute settled</source>
        <translation>申诉已裁定</translation>
    </message>
    <message>
        <source>see the risk register</source>
        <translation>查看风险登记册</translation>
    </message>
    <message>
        <source>record, assess and close risks and check the alert rules</source>
        <translation>登记、评估和关闭风险并检查预警规则</translation>
    </message>
    <message>
        <source>Complaint surge</source>
        <translation>投诉激增</translation>
    </message>
    <message>
        <source>Legal dispute</source>
        <translation>法律纠纷</translation>
    </message>
    <message>
        <source>Data security</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员配备</translation>
    </message>
    <message>
        <source>Other risk</source>
        <translation>其他风险</translation>
    </message>
    <message>
        <source>Open risk</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Being mitigated</source>
        <translation>应对中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Closed risk</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Drawn for a quality review</source>
        <translation>抽中质检</translation>
    </message>
    <message>
        <source>Taken for a calibration review</source>
        <translation>选作校准质检</translation>
    </message>
    <message>
        <source>Quality reviewed</source>
        <translation>已质检评分</translation>
    </message>
    <message>
        <source>Failed on a critical criterion</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <source>Review acknowledged</source>
        <translation>已确认质检结果</translation>
    </message>
    <message>
        <source>Review disputed</source>
        <translation>对质检结果申诉</translation>
    </message>
    <message>
        <source>Dispute taken to a supervisor</source>
        <translation>申诉提交主管</translation>
    </message>
    <message>
        <source>Dispute answered, score kept</source>
        <translation>申诉已答复，维持评分</translation>
    </message>
    <message>
        <source>Dispute answered, score revised</source>
        <translation>申诉已答复，修改评分</translation>
    </message>
</context>
<context>
    <name>sd::ComplaintPanel</name>
    <message>
        <source>&amp;Verify the complaint…</source>
        <translation>核实投诉(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Handle: choose the remedy…</source>
        <translation>处理：选择补救措施(&amp;H)…</translation>
    </message>
    <message>
        <source>Record the &amp;feedback…</source>
        <translation>记录反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close the complaint…</source>
        <translation>结案(&amp;C)…</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>答复期限：</translation>
    </message>
    <message>
        <source>Close by:</source>
        <translation>结案期限：</translation>
    </message>
    <message>
        <source>%1 (answered %2)</source>
        <translation>%1（已于 %2 答复）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>核实依据：%1</translation>
    </message>
    <message>
        <source>Remedy: %1, %2</source>
        <translation>补救措施：%1，%2</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>补救措施：%1</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <source>Only agents, supervisors and administrators take complaints along their path.</source>
        <translation>只有坐席、主管和管理员可以推进投诉流程。</translation>
    </message>
</context>
<context>
    <name>sd::ComplaintService</name>
    <message>
        <source>ticket %1 is not a complaint</source>
        <translation>工单 %1 不是投诉</translation>
    </message>
    <message>
        <source>complaint %1 is at &quot;%2&quot;; its next step is &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>投诉 %1 处于“%2”阶段；下一步是“%3”，而不是“%4”</translation>
    </message>
    <message>
        <source>note the evidence that verifies the complaint</source>
        <translation>请填写核实投诉的依据</translation>
    </message>
    <message>
        <source>choose the remedy: refund, replacement, repair, apology or compensation</source>
        <translation>请选择补救措施：退款、换货、维修、道歉或补偿</translation>
    </message>
    <message>
        <source>a %1 needs its amount</source>
        <translation>“%1”需要填写金额</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>note what the customer was told and how they took it</source>
        <translation>请填写告知客户的内容以及客户的反应</translation>
    </message>
    <message>
        <source>choose the complaint&apos;s cause before closing it</source>
        <translation>结案前请选择投诉原因</translation>
    </message>
    <message>
        <source>complaint %1 was changed by someone else meanwhile; look at it again and repeat the step</source>
        <translation>投诉 %1 在此期间已被他人更改；请重新查看后再操作一次</translation>
    </message>
    <message>
        <source>complaint %1 is resolved; reopen it to take it further</source>
        <translation>投诉 %1 已解决；如需继续处理请重新打开</translation>
    </message>
    <message>
        <source>complaint %1 is closed; reopen its ticket to take it further</source>
        <translation>投诉 %1 已结案；如需继续处理请重新打开其工单</translation>
    </message>
</context>
<context>
    <name>sd::ComplaintStepDialog</name>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>Choose the remedy</source>
        <translation>请选择补救措施</translation>
    </message>
    <message>
        <source>e.g. 200.00</source>
        <translation>例如 200.00</translation>
    </message>
    <message>
        <source>&amp;Remedy:</source>
        <translation>补救措施(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose the cause</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Evidence (what was checked and found):</source>
        <translation>核实依据（核查了什么、发现了什么）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What the customer was told and how they took it:</source>
        <translation>告知客户的内容及客户的反应(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Solution (empty: the feedback):</source>
        <translation>解决方案（留空则使用反馈内容）(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>sd::ComplaintStore</name>
    <message>
        <source>calendar &quot;%1&quot; is not configured</source>
        <translation>未配置日历“%1”</translation>
    </message>
    <message>
        <source>complaint %1 was changed by someone else meanwhile; look at it again and repeat the step</source>
        <translation>投诉 %1 在此期间已被他人更改；请重新查看后再操作一次</translation>
    </message>
</context>
<context>
    <name>sd::ComplaintsPage</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Past their closing deadline only</source>
        <translation>只看已过结案期限的</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>结案期限</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No open complaint is past its closing deadline.</source>
        <translation>没有已过结案期限的未结投诉。</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有未结投诉。</translation>
    </message>
    <message>
        <source>The %L1 oldest open complaints are shown.</source>
        <translation>显示最早的 %L1 条未结投诉。</translation>
    </message>
    <message>
        <source>%L1 open complaints, oldest first. Open one (Enter or double-click) to take its next step.</source>
        <translation>共 %L1 条未结投诉，最早的在前。打开一条（回车或双击）即可进行下一步。</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
</context>
<context>
    <name>sd::Components</name>
    <message>
        <source>GNU Lesser General Public License, version 3</source>
        <translation>GNU 宽通用公共许可证第 3 版</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>PostgreSQL Licence</source>
        <translation>PostgreSQL 许可证</translation>
    </message>
    <message>
        <source>ISC Licence</source>
        <translation>ISC 许可证</translation>
    </message>
    <message>
        <source>Apache License, version 2.0</source>
        <translation>Apache 许可证 2.0 版</translation>
    </message>
</context>
<context>
    <name>sd::ConfigStore</name>
    <message>
        <source>the file removes team(s) %1 that user(s) %2 still belong to; list those users under &quot;users&quot; with a team of the file, or keep the team</source>
        <translation>文件删除了团队 %1，但用户 %2 仍属于这些团队；请在 &quot;users&quot; 中为这些用户指定文件中的团队，或保留这些团队</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot;</source>
        <translation>没有团队“%1”</translation>
    </message>
</context>
<context>
    <name>sd::Configuration</name>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线组</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持组</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>上门服务组</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户关怀组</translation>
    </message>
    <message>
        <source>Office hours (Mon–Fri)</source>
        <translation>工作时间（周一至周五）</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>全天候</translation>
    </message>
    <message>
        <source>Extended hours (08:00–20:00 daily)</source>
        <translation>延长服务时间（每天 08:00–20:00）</translation>
    </message>
</context>
<context>
    <name>sd::ConfigurationJson</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>文档必须是 JSON 对象</translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation>必须填写非空文本</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be &quot;servicedesk-config&quot;</source>
        <translation>必须为 &quot;servicedesk-config&quot;</translation>
    </message>
    <message>
        <source>only version 1 is understood</source>
        <translation>仅支持版本 1</translation>
    </message>
    <message>
        <source>use 1 to 8 capital letters or digits, e.g. &quot;HQ&quot;</source>
        <translation>请使用 1 到 8 位大写字母或数字，例如 &quot;HQ&quot;</translation>
    </message>
    <message>
        <source>at least one calendar is required</source>
        <translation>至少需要一个工作日历</translation>
    </message>
    <message>
        <source>a calendar object is required</source>
        <translation>必须是工作日历对象</translation>
    </message>
    <message>
        <source>a rule object is required</source>
        <translation>必须是规则对象</translation>
    </message>
    <message>
        <source>duplicate tier code &quot;%1&quot;</source>
        <translation>客户等级代码“%1”重复</translation>
    </message>
    <message>
        <source>one tier must have no rule: it is the fallback for everyone else</source>
        <translation>必须有一个客户等级不设规则，作为其他所有客户的默认等级</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation>未知的客户等级“%1”</translation>
    </message>
    <message>
        <source>must be one of P1, P2, P3, P4</source>
        <translation>必须是 P1、P2、P3、P4 之一</translation>
    </message>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation>未知的工作日历“%1”</translation>
    </message>
    <message>
        <source>no policy for tier &quot;%1&quot; and priority %2</source>
        <translation>缺少客户等级“%1”、优先级 %2 的策略</translation>
    </message>
    <message>
        <source>duplicate policy for tier &quot;%1&quot; and priority %2</source>
        <translation>客户等级“%1”、优先级 %2 的策略重复</translation>
    </message>
    <message>
        <source>duplicate team code &quot;%1&quot;</source>
        <translation>团队代码“%1”重复</translation>
    </message>
    <message>
        <source>a list of category codes is required</source>
        <translation>必须是类别代码列表</translation>
    </message>
    <message>
        <source>unknown category; use one of %1</source>
        <translation>未知的类别；请使用以下之一：%1</translation>
    </message>
    <message>
        <source>unknown role; use one of %1</source>
        <translation>未知的角色；请使用以下之一：%1</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation>未知的团队“%1”</translation>
    </message>
    <message>
        <source>duplicate login &quot;%1&quot;</source>
        <translation>登录名“%1”重复</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is required</source>
        <translation>需要 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>an amount from 0 to %1 with at most two decimals is required</source>
        <translation>需要 0 到 %1 之间、最多两位小数的金额</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; give an IANA id such as &quot;Asia/Shanghai&quot;</source>
        <translation>未知时区 &quot;%1&quot;；请填写 IANA 时区标识，例如 &quot;Asia/Shanghai&quot;</translation>
    </message>
    <message>
        <source>the closing deadline cannot come before the response deadline</source>
        <translation>结案期限不能早于答复期限</translation>
    </message>
    <message>
        <source>a list of parts is required</source>
        <translation>此处应为配件列表</translation>
    </message>
    <message>
        <source>a part needs a code and a name</source>
        <translation>配件需要编码和名称</translation>
    </message>
    <message>
        <source>the part code &quot;%1&quot; is listed twice</source>
        <translation>配件编码“%1”重复出现</translation>
    </message>
    <message>
        <source>the part&apos;s unit cost is required</source>
        <translation>需要填写配件单价</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>a rule for &quot;%1&quot; is already listed</source>
        <translation>“%1”的规则已列出</translation>
    </message>
    <message>
        <source>a rule must notify the supervisor, raise the level, or both</source>
        <translation>规则必须通知主管、提升支持级别，或两者都做</translation>
    </message>
    <message>
        <source>only L2 and L3 are reached by raising the level</source>
        <translation>提升级别只能到达 L2 和 L3</translation>
    </message>
    <message>
        <source>a list of rules is required</source>
        <translation>需要一个规则列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>an object naming a team for L2 and/or L3 is required</source>
        <translation>需要一个为 L2 和/或 L3 指定团队的对象</translation>
    </message>
    <message>
        <source>give MM-DD (every year) or YYYY-MM-DD</source>
        <translation>请写成 MM-DD（每年）或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a holiday needs a name</source>
        <translation>节日需要名称</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>use day, week or month</source>
        <translation>请使用 day、week 或 month</translation>
    </message>
    <message>
        <source>a share from 0 to 1 is required</source>
        <translation>必须为 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>必须为对象</translation>
    </message>
</context>
<context>
    <name>sd::ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Two offices changed the same field since they last synchronised. The value marked &quot;in use&quot; applies until you decide; your choice reaches every office with the next sync.</source>
        <translation>两个机构在上次同步后修改了同一字段。标为“正在使用”的值在您决定之前有效；您的选择将在下次同步时送达所有机构。</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>显示已处理的冲突</translation>
    </message>
    <message>
        <source>&amp;Type the right value…</source>
        <translation>输入正确的值(&amp;T)…</translation>
    </message>
    <message>
        <source>%1
%2 at office %3, %4</source>
        <translation>%1
%2（%3），%4</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>(in use until someone decides)</source>
        <translation>（正在使用，待人决定）</translation>
    </message>
    <message>
        <source>resolved by %1: %2</source>
        <translation>已由 %1 处理：%2</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>未处理的冲突：%1</translation>
    </message>
    <message>
        <source>The right value</source>
        <translation>正确的值</translation>
    </message>
    <message>
        <source>%1 of %2:</source>
        <translation>%2 的%1：</translation>
    </message>
    <message>
        <source>Value head office held</source>
        <translation>总部原有的值</translation>
    </message>
    <message>
        <source>Value that arrived</source>
        <translation>传来的值</translation>
    </message>
    <message>
        <source>Keep the value &amp;head office held</source>
        <translation>保留总部原有的值(&amp;H)</translation>
    </message>
    <message>
        <source>Keep the value that &amp;arrived</source>
        <translation>保留传来的值(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sd::ConsentDialog</name>
    <message>
        <source>The customer agrees to version %1</source>
        <translation>客户同意第 %1 版方案</translation>
    </message>
    <message>
        <source>Choose how</source>
        <translation>选择确认方式</translation>
    </message>
    <message>
        <source>Estimate %1; the customer pays %2.</source>
        <translation>预估费用 %1；客户支付 %2。</translation>
    </message>
    <message>
        <source>Agreed &amp;by:</source>
        <translation>同意人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>sd::ContactDetails</name>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; 不是电话号码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; 不是电子邮件地址</translation>
    </message>
</context>
<context>
    <name>sd::CostDialog</name>
    <message>
        <source>&amp;Rate of:</source>
        <translation>按谁的费率(&amp;R)：</translation>
    </message>
    <message>
        <source>The customer pays a different amount:</source>
        <translation>客户支付其他金额：</translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation>添加成本</translation>
    </message>
    <message>
        <source>Without a different amount the customer pays the whole line, except labour and parts while the ticket&apos;s product is under warranty.</source>
        <translation>不另填金额时，客户支付整行费用；工单产品在保修期内时，人工和配件不向客户收费。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>分钟数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Pieces:</source>
        <translation>数量(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kilometres:</source>
        <translation>公里数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Unit cost:</source>
        <translation>单价(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>From the &amp;catalogue:</source>
        <translation>从配件目录选择(&amp;C)：</translation>
    </message>
    <message>
        <source>(another part: name and cost below)</source>
        <translation>（其他配件：在下方填写名称和单价）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::CostPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Service cost</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>&amp;Add a cost…</source>
        <translation>添加成本(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Void the line</source>
        <translation>作废此行(&amp;V)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户支付</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Quality inspectors read the costs but do not record them.</source>
        <translation>质检员可以查看成本，但不能记录。</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1（已作废）</translation>
    </message>
    <message>
        <source>No costs recorded yet.</source>
        <translation>尚未记录成本。</translation>
    </message>
    <message>
        <source>Total %1 · the customer pays %2</source>
        <translation>合计 %1 · 客户支付 %2</translation>
    </message>
</context>
<context>
    <name>sd::CostService</name>
    <message>
        <source>give the minutes worked, from 1 to %1</source>
        <translation>请填写工作分钟数，1 至 %1</translation>
    </message>
    <message>
        <source>give a quantity from 1 to %1</source>
        <translation>请填写数量，1 至 %1</translation>
    </message>
    <message>
        <source>give the part&apos;s unit cost</source>
        <translation>请填写配件单价</translation>
    </message>
    <message>
        <source>give the amount</source>
        <translation>请填写金额</translation>
    </message>
    <message>
        <source>an amount from 0 to %1 is required</source>
        <translation>金额须在 0 至 %1 之间</translation>
    </message>
    <message>
        <source>name the part</source>
        <translation>请填写配件名称</translation>
    </message>
    <message>
        <source>the customer&apos;s part must be from 0 to the line&apos;s amount, %1</source>
        <translation>客户支付部分须在 0 至本行金额 %1 之间</translation>
    </message>
    <message>
        <source>ticket %1 does not exist</source>
        <translation>工单 %1 不存在</translation>
    </message>
    <message>
        <source>cost line %1 does not exist or is already voided</source>
        <translation>成本行 %1 不存在或已作废</translation>
    </message>
    <message>
        <source>no hourly rate is configured for the role &quot;%1&quot;; choose another role or give the rate</source>
        <translation>未为角色“%1”配置小时费率；请选择其他角色或直接给出费率</translation>
    </message>
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>sd::CustomerForm</name>
    <message>
        <source>Warranty until</source>
        <translation>保修截止日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>工单记录</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Discard your edits and show the stored customer</source>
        <translation>放弃您的修改，显示已保存的客户资料</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（选填）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Choosing a tier by hand locks it</source>
        <translation>手动选择客户等级后将自动锁定</translation>
    </message>
    <message>
        <source>Lock tier</source>
        <translation>锁定客户等级</translation>
    </message>
    <message>
        <source>Unlocked, the tier follows the rule on every save and purchase</source>
        <translation>未锁定时，每次保存或新增购买记录都会按规则重新确定客户等级</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Add purchase…</source>
        <translation>添加购买记录…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Double-click a ticket to open it</source>
        <translation>双击工单即可打开</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>assigned on save</source>
        <translation>保存时自动生成</translation>
    </message>
    <message>
        <source>Save the customer first</source>
        <translation>请先保存客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Rule suggests: %1</source>
        <translation>按规则建议：%1</translation>
    </message>
    <message>
        <source>no warranty</source>
        <translation>无保修</translation>
    </message>
    <message>
        <source>in warranty until %1</source>
        <translation>保修期至 %1</translation>
    </message>
    <message>
        <source>warranty expired</source>
        <translation>已过保修期</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 分（满分 %2 分）</translation>
    </message>
    <message>
        <source>No satisfaction answers yet.</source>
        <translation>暂无满意度评价。</translation>
    </message>
    <message>
        <source>Average %1 of 5 from 1 answer</source>
        <translation>平均 %1 分（满分 5 分），共 1 条评价</translation>
    </message>
    <message>
        <source>Average %1 of 5 from %2 answers</source>
        <translation>平均 %1 分（满分 5 分），共 %2 条评价</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>添加购买记录</translation>
    </message>
    <message>
        <source>The tier follows the rule; a supervisor can set it by hand</source>
        <translation>等级按规则自动确定；主管可手动设定</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Double-click a visit not yet made to record the call</source>
        <translation>双击尚未进行的回访以记录通话结果</translation>
    </message>
    <message>
        <source> · sales lead</source>
        <translation> · 销售线索</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>Birthday %1, %2</source>
        <translation>生日 %1，%2</translation>
    </message>
    <message>
        <source>1 year with us on %1, %2</source>
        <translation>%1 合作满 1 周年，%2</translation>
    </message>
    <message>
        <source>%1 years with us on %2, %3</source>
        <translation>%2 合作满 %1 周年，%3</translation>
    </message>
</context>
<context>
    <name>sd::CustomerMerge</name>
    <message>
        <source>a customer cannot be merged into itself</source>
        <translation>客户不能合并到其自身</translation>
    </message>
    <message>
        <source>%1 was already merged into another customer</source>
        <translation>%1 已被合并到另一个客户</translation>
    </message>
    <message>
        <source>one of the two customers does not exist</source>
        <translation>两个客户中有一个不存在</translation>
    </message>
    <message>
        <source>Customer %1 merged into %2</source>
        <translation>客户 %1 已合并到 %2</translation>
    </message>
</context>
<context>
    <name>sd::CustomerService</name>
    <message>
        <source>the customer needs a name</source>
        <translation>客户名称不能为空</translation>
    </message>
    <message>
        <source>the birthday is not a valid date</source>
        <translation>生日不是有效的日期</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation>未知的客户等级“%1”</translation>
    </message>
    <message>
        <source>customer code %1 is already taken</source>
        <translation>客户编号 %1 已被占用</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 after you opened it; reload to see their changes</source>
        <translation>您打开此客户资料后，%1 于 %2 修改了它；请重新加载以查看其修改</translation>
    </message>
    <message>
        <source>no customer with code %1</source>
        <translation>没有编号为 %1 的客户</translation>
    </message>
    <message>
        <source>the purchase needs a product</source>
        <translation>购买记录必须填写产品</translation>
    </message>
    <message>
        <source>the purchase needs a valid date</source>
        <translation>购买记录必须填写有效的日期</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
</context>
<context>
    <name>sd::CustomersPage</name>
    <message>
        <source>Name, customer code or phone number</source>
        <translation>客户名称、客户编号或电话号码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与 &quot;%1&quot; 匹配的客户。</translation>
    </message>
    <message>
        <source>The first %L1 matches are shown; type more of the name or number to narrow the search.</source>
        <translation>仅显示前 %L1 个匹配结果；请输入更多姓名或号码以缩小范围。</translation>
    </message>
</context>
<context>
    <name>sd::DailyBackup</name>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed</source>
        <translation>今日备份失败</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>A copy is made into %1 once a day.</source>
        <translation>每天向 %1 备份一次。</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>%1
Copies kept in %2: %3.</source>
        <translation>%1
%2 中保留的备份：%3 份。</translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>cannot back up the database before upgrading it: %1</source>
        <translation>升级前无法备份数据库：%1</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>数据库结构升级第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>opening was cancelled; the database stays at schema version %1</source>
        <translation>已取消打开；数据库保持在架构版本 %1</translation>
    </message>
    <message>
        <source>this is the open database&apos;s own file; choose another file</source>
        <translation>这是当前打开的数据库自身的文件，请选择其他文件</translation>
    </message>
    <message>
        <source>this database needs an upgrade to schema version %1, but it cannot be written here; open it once where it can be written</source>
        <translation>此数据库需要升级到结构版本 %1，但此处无法写入；请在可写的位置打开一次</translation>
    </message>
    <message>
        <source>this database was made by a newer Service Desk (schema version %1; this program knows versions up to %2); update the program. Nothing was changed.</source>
        <translation>此数据库由更新版本的售后服务台创建（结构版本 %1，本程序只支持到 %2），请升级程序。数据库未作任何修改。</translation>
    </message>
    <message>
        <source>there is no database here; create one with &quot;sdctl init&quot; or by opening it in the desktop client</source>
        <translation>这里没有数据库；请用 &quot;sdctl init&quot; 创建，或在桌面客户端中打开以创建</translation>
    </message>
    <message>
        <source>this file is empty, not a Service Desk database; nothing was changed</source>
        <translation>此文件为空，不是售后服务台数据库；未做任何更改</translation>
    </message>
    <message>
        <source>cannot connect to the database server: %1</source>
        <translation>无法连接数据库服务器：%1</translation>
    </message>
    <message>
        <source>this database holds other tables (%1), not Service Desk&apos;s; nothing was changed</source>
        <translation>此数据库中是其他程序的表（%1），不是售后服务台的数据库；未做任何更改</translation>
    </message>
    <message>
        <source>this database is empty; create the Service Desk schema in it with &quot;sdctl server init&quot;</source>
        <translation>此数据库是空的；请用“sdctl server init”在其中建立售后服务台的表结构</translation>
    </message>
</context>
<context>
    <name>sd::DatabaseAddress</name>
    <message>
        <source>this PostgreSQL address names no database; write it as postgresql://user@host:port/database</source>
        <translation>此 PostgreSQL 地址没有指明数据库；请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>Service Desk opens a SQLite database file or a PostgreSQL server address (postgresql://user@host:port/database); &quot;%1&quot; is neither</source>
        <translation>售后服务台只能打开 SQLite 数据库文件或 PostgreSQL 服务器地址（postgresql://用户@主机:端口/数据库）；“%1”两者都不是</translation>
    </message>
</context>
<context>
    <name>sd::DatabaseProbe</name>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database</source>
        <translation>它是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>this file is not a Service Desk database (%1); nothing was changed. Choose another file, or a new file name to create a database.</source>
        <translation>此文件不是售后服务台数据库（%1），未作任何修改。请选择其他文件，或输入新文件名以创建数据库。</translation>
    </message>
</context>
<context>
    <name>sd::DemoDataDialog</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Demo data goes into an empty database: a year of customers and tickets.</source>
        <translation>演示数据只能写入空数据库，包含一年的客户和工单。</translation>
    </message>
</context>
<context>
    <name>sd::DemoGenerator</name>
    <message>
        <source>the database already holds %1 tickets; demo data goes into an empty database</source>
        <translation>数据库中已有 %1 个工单；演示数据只能写入空数据库</translation>
    </message>
    <message>
        <source>the demo word lists are missing from the program</source>
        <translation>程序中缺少演示数据词库</translation>
    </message>
    <message>
        <source>the configuration has no active agents to assign tickets to</source>
        <translation>配置中没有已启用的坐席，无法分派工单</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation>没有适用于客户等级“%1”、优先级 %2 的 SLA 策略</translation>
    </message>
    <message>
        <source>this database has an administrator: demo passwords are only given in a new demo database</source>
        <translation>该数据库已有管理员：演示密码只能在新建的演示数据库中设置</translation>
    </message>
</context>
<context>
    <name>sd::DialogParts</name>
    <message>
        <source>e.g. 35.50</source>
        <translation>例如 35.50</translation>
    </message>
</context>
<context>
    <name>sd::DuplicatesDialog</name>
    <message>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>These customers share a phone number: often one person, created at two offices while they worked apart. Nothing is merged on its own. Select the customer to keep; the others of the group are merged into it, with their tickets and purchases.</source>
        <translation>以下客户的电话号码相同：往往是同一个人，在各机构离线工作时分别建立。系统不会自动合并。请选中要保留的客户；同组的其他客户将连同其工单和购买记录并入该客户。</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>&amp;Keep this customer, merge the others into it</source>
        <translation>保留此客户，将其他客户并入(&amp;K)</translation>
    </message>
    <message>
        <source>No duplicate candidates: no two customers share a phone number.</source>
        <translation>没有疑似重复：没有两个客户共用同一电话号码。</translation>
    </message>
    <message>
        <source>Groups of customers sharing a phone number: %1</source>
        <translation>共用电话号码的客户组：%1</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge %1 into %2 %3? Their tickets and purchases move to %2, and this cannot be undone.</source>
        <translation>将 %1 并入 %2 %3？其工单和购买记录将转到 %2 名下，且无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet. Choose the administrator, who then adds everyone else (File &gt; Users). Whoever can read the database file can read its data: keep the file where only the desk&apos;s users can reach it.</source>
        <translation>该数据库目前还没有可以登录的用户。请设置管理员，再由管理员添加其他用户（文件 &gt; 用户）。能读取数据库文件的人就能读取其中的数据：请把文件放在只有本售后服务台用户才能访问的位置。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sd::HeadlineMetric</name>
    <message>
        <source>Created</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决工单</translation>
    </message>
    <message>
        <source>Backlog at end</source>
        <translation>期末积压</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>首次响应时长（中位数）</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>解决时长（中位数）</translation>
    </message>
    <message>
        <source>SLA first response</source>
        <translation>SLA 首次响应达标率</translation>
    </message>
    <message>
        <source>SLA resolution</source>
        <translation>SLA 解决达标率</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>满意占比（4–5 分）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉占比</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>质检次数</translation>
    </message>
    <message>
        <source>Quality score (IQS)</source>
        <translation>质检得分（IQS）</translation>
    </message>
</context>
<context>
    <name>sd::ImportDialog</name>
    <message>
        <source>Check all rows</source>
        <translation>检查所有行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import ticket history</source>
        <translation>导入历史工单</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Import nothing if any row is bad</source>
        <translation>只要有一行有误，就全部不导入</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones to a rejects file</source>
        <translation>导入正确的行，有误的行写入错误行文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>有误的行</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>读取到的前几行：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>历史工单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%L1 rows read as %2: %L3 good, %L4 with problems (%L5 problems).</source>
        <translation>已按 %2 编码读取 %L1 行：%L3 行正确，%L4 行有问题（共 %L5 个问题）。</translation>
    </message>
    <message>
        <source>%L1 tickets imported.</source>
        <translation>已导入 %L1 个工单。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>sd::ImportRowParser</name>
    <message>
        <source>unknown column; the columns are %1</source>
        <translation>未知的列；可用的列为：%1</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <source>missing required column in the header</source>
        <translation>表头缺少必需的列</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot;; write ISO 8601 with an offset, e.g. 2026-10-12T09:30:00+08:00</source>
        <translation>日期“%1”无效；请使用带时区偏移的 ISO 8601 格式，例如 2026-10-12T09:30:00+08:00</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>“%1”晚于当前时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3</source>
        <translation>未知的 %1 值“%2”；请使用以下之一：%3</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件结尾都没有闭合</translation>
    </message>
    <message>
        <source>wrong column count: %1 fields, the header has %2</source>
        <translation>列数不符：本行有 %1 个字段，表头有 %2 列</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation>未知的客户等级“%1”</translation>
    </message>
    <message>
        <source>the subject is longer than %1 characters</source>
        <translation>主题超过 %1 个字符</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation>未知的团队“%1”</translation>
    </message>
    <message>
        <source>0 agent replies but first_response_at is set</source>
        <translation>agent_replies 为 0，但填写了 first_response_at</translation>
    </message>
    <message>
        <source>first response before creation</source>
        <translation>首次响应时间早于创建时间</translation>
    </message>
    <message>
        <source>resolution before creation</source>
        <translation>解决时间早于创建时间</translation>
    </message>
    <message>
        <source>closed_at needs resolved_at: a ticket is resolved before it is closed</source>
        <translation>填写 closed_at 时必须同时填写 resolved_at：工单须先解决才能关闭</translation>
    </message>
    <message>
        <source>closed before resolution</source>
        <translation>关闭时间早于解决时间</translation>
    </message>
    <message>
        <source>holds bytes that are not %1 text; fix the text or save the file again as UTF-8</source>
        <translation>包含不是 %1 文本的字节；请修正文本，或将文件另存为 UTF-8</translation>
    </message>
</context>
<context>
    <name>sd::ImportRun</name>
    <message>
        <source>cannot mark the import as running (is the database folder writable?)</source>
        <translation>无法标记导入正在进行（数据库所在文件夹是否可写？）</translation>
    </message>
</context>
<context>
    <name>sd::ImportSession</name>
    <message>
        <source>duplicate number %1: an earlier line of this file has it</source>
        <translation>工单号 %1 重复：文件中前面的行已使用该工单号</translation>
    </message>
    <message>
        <source>duplicate number %1: the database already has a ticket with it</source>
        <translation>工单号 %1 重复：数据库中已有使用该工单号的工单</translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation>没有适用于客户等级“%1”、优先级 %2 的 SLA 策略</translation>
    </message>
</context>
<context>
    <name>sd::ImportedHistory</name>
    <message>
        <source>First reply (imported; the text was not in the file)</source>
        <translation>首次回复（导入的数据，文件中没有回复内容）</translation>
    </message>
</context>
<context>
    <name>sd::KnowledgeBase</name>
    <message>
        <source>someone else changed this article meanwhile; open it again to see their changes</source>
        <translation>这篇文章刚被其他人修改过，请重新打开查看他们的修改</translation>
    </message>
    <message>
        <source>give the article a title</source>
        <translation>请填写文章标题</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>标题超过了 %1 个字</translation>
    </message>
    <message>
        <source>the language must be Chinese (zh) or English (en)</source>
        <translation>语言必须是中文（zh）或英文（en）</translation>
    </message>
    <message>
        <source>the problem and the answer are each limited to %1 characters</source>
        <translation>问题和解答各自不能超过 %1 个字</translation>
    </message>
    <message>
        <source>there is no knowledge-base article %1</source>
        <translation>没有编号为 %1 的知识库文章</translation>
    </message>
    <message>
        <source>article %1 already has the title &quot;%2&quot;; edit that one, or choose another title</source>
        <translation>文章 %1 已使用标题“%2”；请编辑那篇文章，或换一个标题</translation>
    </message>
    <message>
        <source>a published article needs its answer</source>
        <translation>已发布的文章必须有解答</translation>
    </message>
    <message>
        <source>an article that is &quot;%1&quot; cannot become &quot;%2&quot;</source>
        <translation>“%1”状态的文章不能改为“%2”</translation>
    </message>
    <message>
        <source>write the answer before the article is published</source>
        <translation>请先写好解答再发布</translation>
    </message>
    <message>
        <source>an article is published by a reviewer other than its author</source>
        <translation>文章须由作者以外的审核人发布</translation>
    </message>
    <message>
        <source>ticket %1 is not resolved yet: an article is written from a solution</source>
        <translation>工单 %1 尚未解决：文章要根据解决方案来写</translation>
    </message>
    <message>
        <source>you wrote this article: take it back to draft for another reviewer, or ask one to edit it</source>
        <translation>这篇文章是你写的：请退回草稿交给其他审核人，或请审核人修改</translation>
    </message>
</context>
<context>
    <name>sd::KnowledgePage</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>被推荐</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>被采用</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>新建文章(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>退回草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Markdown…</source>
        <translation>导入 Markdown(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Markdown…</source>
        <translation>导出 Markdown(&amp;X)…</translation>
    </message>
    <message>
        <source>Search: 打印机卡纸, paper jam, E3…</source>
        <translation>搜索：打印机卡纸、paper jam、E3…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>待审核的草稿</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Import articles from a folder of Markdown files</source>
        <translation>从 Markdown 文件夹导入文章</translation>
    </message>
    <message>
        <source>Export every article into a folder</source>
        <translation>将全部文章导出到文件夹</translation>
    </message>
    <message>
        <source>the first %1 articles</source>
        <translation>前 %1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now: %2</source>
        <translation>“%1”现在是：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new articles, %3 updated.</source>
        <translation>已从 %1 导入：新增 %2 篇，更新 %3 篇。</translation>
    </message>
    <message>
        <source>%1 articles written to %2.</source>
        <translation>已将 %1 篇文章写入 %2。</translation>
    </message>
</context>
<context>
    <name>sd::KpiEngine</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>时间段的结束时间早于开始时间</translation>
    </message>
</context>
<context>
    <name>sd::KpiFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>sd::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
</context>
<context>
    <name>sd::LinkPanel</name>
    <message>
        <source>Related</source>
        <translation>相关工单</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Duplicate merged in</source>
        <translation>并入的重复工单</translation>
    </message>
    <message>
        <source>Split off into</source>
        <translation>拆分出</translation>
    </message>
    <message>
        <source>Split off from</source>
        <translation>拆分自</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>&amp;Link a ticket…</source>
        <translation>关联工单(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove the lin&amp;k</source>
        <translation>取消关联(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>S&amp;plit off…</source>
        <translation>拆分(&amp;P)…</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the ticket.</source>
        <translation>双击或按回车键打开该工单。</translation>
    </message>
    <message>
        <source>Agents, supervisors and administrators merge duplicates.</source>
        <translation>由坐席、主管和管理员合并重复工单。</translation>
    </message>
    <message>
        <source>This ticket was already merged into another.</source>
        <translation>此工单已合并到另一张工单。</translation>
    </message>
    <message>
        <source>A complaint is closed through its own path.</source>
        <translation>投诉须按投诉流程结案。</translation>
    </message>
    <message>
        <source>Only an open ticket is merged into another.</source>
        <translation>只有未结工单才能合并到另一张工单。</translation>
    </message>
    <message>
        <source>Close this ticket as a duplicate of another open ticket.</source>
        <translation>将此工单作为另一张未结工单的重复单关闭。</translation>
    </message>
    <message>
        <source>Open a new ticket for a second matter the customer raised here.</source>
        <translation>为客户在此提出的另一件事新建一张工单。</translation>
    </message>
    <message>
        <source>Save or discard your changes to this ticket first.</source>
        <translation>请先保存或放弃对本工单的修改。</translation>
    </message>
    <message>
        <source>Save or discard your changes to this ticket before merging it.</source>
        <translation>合并前请先保存或放弃对本工单的修改。</translation>
    </message>
</context>
<context>
    <name>sd::LockWait</name>
    <message>
        <source>The database is busy: another program is writing to it (for example an import).
Your change is kept and will be saved as soon as the database is free.</source>
        <translation>数据库正忙：另一个程序正在写入（例如正在导入）。
您的修改已保留，数据库空闲后将立即保存。</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>取消保存</translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation>正在等待数据库</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Service Desk — %1</source>
        <translation>售后服务台 — %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Incoming call</source>
        <translation>来电(&amp;I)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>搜索队列(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ne&amp;xt ticket</source>
        <translation>下一个工单(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>上一个工单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open selected ticket</source>
        <translation>打开所选工单(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>I&amp;mport ticket history…</source>
        <translation>导入历史工单(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Close it and lose them?</source>
        <translation>%1 有未保存的更改。确定要关闭并放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Restart Service Desk now to use the new settings?</source>
        <translation>是否立即重启售后服务台以应用新设置？</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>%L1 in this queue</source>
        <translation>本队列共 %L1 个工单</translation>
    </message>
    <message>
        <source>&amp;Generate demo data…</source>
        <translation>生成演示数据(&amp;G)…</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tickets created %1</source>
        <translation>%1 创建的工单</translation>
    </message>
    <message>
        <source>Tickets created %1, filtered as in the report</source>
        <translation>%1 创建的工单（按报表筛选）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Service Desk tries again every few seconds. Nothing you have typed is lost; saving works again once the server is back.</source>
        <translation>无法连接数据库服务器。售后服务台每隔几秒自动重试。您已输入的内容不会丢失；服务器恢复后即可保存。</translation>
    </message>
    <message>
        <source>Connected to the database server again; the lists are up to date.</source>
        <translation>已重新连接数据库服务器；列表已更新。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user</source>
        <translation>退出登录 / 切换用户(&amp;O)</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>两次输入的新密码不一致；未做任何修改。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with head office</source>
        <translation>与总部同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Synchronised with head office: %1.</source>
        <translation>已与总部同步：%1。</translation>
    </message>
    <message>
        <source>Could not synchronise with head office: %1</source>
        <translation>无法与总部同步：%1</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Head office&apos;s database (its file, or postgresql://host/database):</source>
        <translation>总部的数据库（数据库文件，或 postgresql://主机/数据库）：</translation>
    </message>
    <message>
        <source>&amp;Write sync file…</source>
        <translation>写出同步文件(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Read sync file…</source>
        <translation>读入同步文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Sync file</source>
        <translation>同步文件</translation>
    </message>
    <message>
        <source>No branch office is registered yet.</source>
        <translation>还没有登记任何分支机构。</translation>
    </message>
    <message>
        <source>Write sync file</source>
        <translation>写出同步文件</translation>
    </message>
    <message>
        <source>Branch office the file is for:</source>
        <translation>文件发往的分支机构：</translation>
    </message>
    <message>
        <source>Sync files (*.sdsync)</source>
        <translation>同步文件 (*.sdsync)</translation>
    </message>
    <message>
        <source>Read sync file</source>
        <translation>读入同步文件</translation>
    </message>
    <message>
        <source>Sync files (*.sdsync);;All files (*)</source>
        <translation>同步文件 (*.sdsync);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Duplicate customers…</source>
        <translation>重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation>快捷回复(&amp;C)…</translation>
    </message>
    <message>
        <source>Available: your team&apos;s new tickets may be assigned to you automatically. Click to switch to Away.</source>
        <translation>可接单：团队的新工单可能会自动分派给您。点击切换为暂离。</translation>
    </message>
    <message>
        <source>Away: no tickets are assigned to you automatically. Click to switch to Available.</source>
        <translation>暂离：不会自动给您分派工单。点击切换为可接单。</translation>
    </message>
    <message>
        <source>&amp;Teams and assignment…</source>
        <translation>团队与分派(&amp;T)…</translation>
    </message>
    <message>
        <source>Care this week</source>
        <translation>本周客户关怀</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Scheduled report &quot;%1&quot; not written: %2</source>
        <translation>定时报表“%1”未能生成：%2</translation>
    </message>
    <message>
        <source>Scheduled report written: %1</source>
        <translation>定时报表已生成：%1</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Quality inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Agent performance</source>
        <translation>坐席绩效</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <source>&amp;About Service Desk</source>
        <translation>关于售后服务台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sd::NavigationPanel</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>我的未结工单</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <translation>最近解决</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Care this week</source>
        <translation>本周客户关怀</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Quality inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Agent performance</source>
        <translation>坐席绩效</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
</context>
<context>
    <name>sd::NotificationCentre</name>
    <message>
        <source>Notifications: assignments to you, mentions, SLA warnings and breaches, customers&apos; replies</source>
        <translation>通知：分派给您的工单、@提及、SLA 预警和超时、客户回复</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>通知：%1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 was assigned to you automatically (the team&apos;s rule: %2).</source>
        <translation>%1 已自动分派给您（团队规则：%2）。</translation>
    </message>
    <message>
        <source>%1 assigned %2 to you.</source>
        <translation>%1 把 %2 分派给了您。</translation>
    </message>
    <message>
        <source>%1 was assigned to you.</source>
        <translation>%1 已分派给您。</translation>
    </message>
    <message>
        <source>%1 mentioned you on %2: %3</source>
        <translation>%1 在 %2 中提到了您：%3</translation>
    </message>
    <message>
        <source>The customer replied on %1: %2</source>
        <translation>客户在 %1 中回复：%2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Escalation rule on %1: %2.</source>
        <translation>%1 触发升级规则：%2。</translation>
    </message>
    <message>
        <source>%1 merged the duplicate %2 into %3.</source>
        <translation>%1 将重复工单 %2 合并到了 %3。</translation>
    </message>
    <message>
        <source>Risk alert: %1. It is in the risk register.</source>
        <translation>风险预警：%1。已记入风险登记册。</translation>
    </message>
</context>
<context>
    <name>sd::NotificationList</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>暂无通知。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the ticket or the risk. Unread entries are in bold.</source>
        <translation>双击或按回车键打开工单或风险。未读条目以粗体显示。</translation>
    </message>
</context>
<context>
    <name>sd::OfficeKeys</name>
    <message>
        <source>office code &quot;%1&quot; must be 1 to 8 capital letters or digits</source>
        <translation>机构代码“%1”必须是 1 到 8 个大写字母或数字</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>加密库无法启动</translation>
    </message>
    <message>
        <source>not an office&apos;s public key (expected &quot;sdkey1 OFFICE SIGN BOX&quot;)</source>
        <translation>不是机构公钥（应为“sdkey1 机构 签名密钥 加密密钥”）</translation>
    </message>
    <message>
        <source>not an office key file</source>
        <translation>不是机构密钥文件</translation>
    </message>
    <message>
        <source>the key is damaged (not %1 bytes of base64)</source>
        <translation>密钥已损坏（不是 %1 字节的 base64）</translation>
    </message>
</context>
<context>
    <name>sd::Passwords</name>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the password could not be hashed (out of memory)</source>
        <translation>无法计算密码散列（内存不足）</translation>
    </message>
</context>
<context>
    <name>sd::PlanDialog</name>
    <message>
        <source>Revise the solution plan (version %1)</source>
        <translation>修改解决方案（第 %1 版）</translation>
    </message>
    <message>
        <source>Propose a solution plan</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another part…</source>
        <translation>其他配件…</translation>
    </message>
    <message>
        <source>Name of the part</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. call-out fee</source>
        <translation>例如：上门费</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>at the rate of</source>
        <translation>按以下角色费率：</translation>
    </message>
    <message>
        <source>&amp;Cause found:</source>
        <translation>故障原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>处理步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>配件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Labour:</source>
        <translation>人工(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Other charges:</source>
        <translation>其他费用(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Done by:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Give the cause found.</source>
        <translation>请填写故障原因。</translation>
    </message>
    <message>
        <source>Describe the steps of the repair.</source>
        <translation>请描述维修步骤。</translation>
    </message>
    <message>
        <source>The deadline must be in the future.</source>
        <translation>完成期限必须晚于当前时间。</translation>
    </message>
    <message>
        <source>Estimate %1 · the customer pays %2</source>
        <translation>预估费用 %1 · 客户支付 %2</translation>
    </message>
    <message>
        <source>(in warranty: parts and labour are free)</source>
        <translation>（保修期内：配件和人工免费）</translation>
    </message>
    <message>
        <source>Give the other charges as an amount such as 30.50.</source>
        <translation>其他费用请填写金额，例如 30.50。</translation>
    </message>
</context>
<context>
    <name>sd::PlanPanel</name>
    <message>
        <source>Solution plan</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>&amp;Propose a plan…</source>
        <translation>提出方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s &amp;consent…</source>
        <translation>记录客户同意(&amp;C)…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>&amp;Revise the plan…</source>
        <translation>修改方案(&amp;R)…</translation>
    </message>
    <message>
        <source>No plan yet: propose one once the cause is known, and agree it with the customer before the work starts.</source>
        <translation>尚无方案：查明原因后提出方案，并在开工前征得客户同意。</translation>
    </message>
    <message>
        <source>Agreed by %1 (%2) on %3; recorded by %4.</source>
        <translation>%1 已于 %3 同意（%2）；由 %4 记录。</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s consent: agree the plan before the work starts.</source>
        <translation>等待客户同意：请在开工前与客户确认方案。</translation>
    </message>
    <message>
        <source>Replaced before the customer agreed.</source>
        <translation>客户同意前已被新版本取代。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt;, proposed by %2 on %3</source>
        <translation>&lt;b&gt;第 %1 版&lt;/b&gt;，由 %2 于 %3 提出</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>%1 × %2 at %3 = %4</source>
        <translation>%1 × %2，单价 %3 = %4</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>%1 min at the %2 rate = %3</source>
        <translation>%1 分钟，按%2费率 = %3</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户支付</translation>
    </message>
    <message>
        <source>%1 (in warranty: parts and labour are free)</source>
        <translation>%1（保修期内：配件和人工免费）</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成期限</translation>
    </message>
</context>
<context>
    <name>sd::PlanService</name>
    <message>
        <source>give the cause found</source>
        <translation>请填写故障原因</translation>
    </message>
    <message>
        <source>describe the steps of the repair</source>
        <translation>请描述维修步骤</translation>
    </message>
    <message>
        <source>labour must be from 0 to %1 minutes</source>
        <translation>人工必须在 0 到 %1 分钟之间</translation>
    </message>
    <message>
        <source>other charges must be from 0 to %1</source>
        <translation>其他费用必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>the deadline must be in the future</source>
        <translation>完成期限必须晚于当前时间</translation>
    </message>
    <message>
        <source>a part&apos;s quantity must be from 1 to %1</source>
        <translation>配件数量必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is not in the parts catalogue</source>
        <translation>配件“%1”不在配件目录中</translation>
    </message>
    <message>
        <source>a part not in the catalogue needs a name and a unit cost</source>
        <translation>目录外的配件需要填写名称和单价</translation>
    </message>
    <message>
        <source>the ticket is %1: reopen it to change its plan</source>
        <translation>工单已是“%1”：请先重新打开，再修改方案</translation>
    </message>
    <message>
        <source>name who agreed to the plan</source>
        <translation>请填写同意方案的人</translation>
    </message>
    <message>
        <source>version %1 of the plan has been replaced by version %2: ask the customer about that one</source>
        <translation>第 %1 版方案已被第 %2 版取代：请就新版本征求客户同意</translation>
    </message>
    <message>
        <source>the ticket has no solution plan yet</source>
        <translation>该工单还没有解决方案</translation>
    </message>
    <message>
        <source>the consent must be given after the plan was proposed and not in the future</source>
        <translation>同意时间必须在方案提出之后，且不能晚于当前时间</translation>
    </message>
    <message>
        <source>the customer&apos;s consent to version %1 is already recorded</source>
        <translation>客户对第 %1 版方案的同意已记录</translation>
    </message>
</context>
<context>
    <name>sd::PostgresAccounts</name>
    <message>
        <source>the password could not be prepared for the server</source>
        <translation>无法为服务器准备密码</translation>
    </message>
    <message>
        <source>this build cannot set server passwords (no libpq)</source>
        <translation>此版本无法设置服务器密码（缺少 libpq）</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码不正确</translation>
    </message>
</context>
<context>
    <name>sd::QaScoring</name>
    <message>
        <source>give the scorecard a name</source>
        <translation>请填写评分表名称</translation>
    </message>
    <message>
        <source>a scorecard needs at least one criterion</source>
        <translation>评分表至少需要一项评分标准</translation>
    </message>
    <message>
        <source>every criterion needs a code and a label</source>
        <translation>每项评分标准都需要代码和名称</translation>
    </message>
    <message>
        <source>two criteria share the code &quot;%1&quot;</source>
        <translation>有两项评分标准使用了相同的代码“%1”</translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must be from 1 to 100</source>
        <translation>“%1”的权重必须在 1 到 100 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is rated on 2, 3, 4 or 5 points, not %2</source>
        <translation>“%1”应采用 2、3、4 或 5 分制，而不是 %2 分</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot;, or mark it not applicable</source>
        <translation>请为“%1”评分，或标为不适用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is rated from 1 to %2</source>
        <translation>“%1”的评分范围是 1 到 %2</translation>
    </message>
    <message>
        <source>the scorecard has no criterion &quot;%1&quot;</source>
        <translation>评分表中没有“%1”这项标准</translation>
    </message>
    <message>
        <source>rate at least one criterion: a review cannot be all not applicable</source>
        <translation>请至少为一项标准评分：质检不能全部不适用</translation>
    </message>
</context>
<context>
    <name>sd::QualityPage</name>
    <message>
        <source>Draw &amp;last week&apos;s sample</source>
        <translation>抽取上周样本(&amp;L)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>&amp;Submit the review</source>
        <translation>提交质检(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>申诉(&amp;D)</translation>
    </message>
    <message>
        <source>Send to a su&amp;pervisor</source>
        <translation>提交主管(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep the score</source>
        <translation>维持评分(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Revise to these ratings</source>
        <translation>按此评分修改(&amp;R)</translation>
    </message>
    <message>
        <source>My reviews to do</source>
        <translation>我待质检的工单</translation>
    </message>
    <message>
        <source>My reviewed tickets</source>
        <translation>我被质检的工单</translation>
    </message>
    <message>
        <source>Disputes sent to supervisors</source>
        <translation>提交主管的申诉</translation>
    </message>
    <message>
        <source> per agent</source>
        <translation> 张/坐席</translation>
    </message>
    <message>
        <source>Quality inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 (calibration)</source>
        <translation>%1（校准）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (weight %2, critical):</source>
        <translation>%1（权重 %2，关键项）：</translation>
    </message>
    <message>
        <source>%1 (weight %2):</source>
        <translation>%1（权重 %2）：</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>这里没有内容。</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 · handled by %3</source>
        <translation>工单 %1 · %2 · 处理人 %3</translation>
    </message>
    <message>
        <source>%1 · inspector %2 · score %3</source>
        <translation>%1 · 质检员 %2 · 得分 %3</translation>
    </message>
    <message>
        <source>Failed on a critical criterion: the score is 0.</source>
        <translation>关键项不合格：得分为 0。</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <source>Feedback for the agent:</source>
        <translation>给坐席的反馈：</translation>
    </message>
    <message>
        <source>Your answer to the dispute:</source>
        <translation>你对申诉的答复：</translation>
    </message>
    <message>
        <source>If you disagree, say why:</source>
        <translation>如不同意，请说明理由：</translation>
    </message>
    <message>
        <source>Review of %1 submitted: %2.</source>
        <translation>工单 %1 的质检已提交：%2 分。</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <source>Sent to the supervisors.</source>
        <translation>已提交主管。</translation>
    </message>
    <message>
        <source>Sent back to %1.</source>
        <translation>已退回 %1。</translation>
    </message>
    <message>
        <source>Dispute answered.</source>
        <translation>申诉已答复。</translation>
    </message>
    <message>
        <source>Tickets drawn for review: %1, agents: %2.</source>
        <translation>已抽取待质检工单 %1 张，涉及坐席 %2 位。</translation>
    </message>
    <message>
        <source>S&amp;corecards…</source>
        <translation>评分表(&amp;C)…</translation>
    </message>
    <message>
        <source>Ca&amp;librate…</source>
        <translation>校准(&amp;L)…</translation>
    </message>
    <message>
        <source>%1 disputed it: %2</source>
        <translation>%1 提出申诉：%2</translation>
    </message>
    <message>
        <source>%1 took it to a supervisor: %2</source>
        <translation>%1 提交主管复核：%2</translation>
    </message>
    <message>
        <source>%1 answered, keeping the score: %2</source>
        <translation>%1 答复，维持评分：%2</translation>
    </message>
    <message>
        <source>%1 answered, revising the score to %2: %3</source>
        <translation>%1 答复，评分改为 %2：%3</translation>
    </message>
</context>
<context>
    <name>sd::QualityService</name>
    <message>
        <source>someone else changed this review meanwhile; open it again to see where it stands</source>
        <translation>这条质检记录刚被其他人修改过，请重新打开查看最新状态</translation>
    </message>
    <message>
        <source>someone else changed this scorecard meanwhile; open it again to see their changes</source>
        <translation>这张评分表刚被其他人修改过，请重新打开查看他们的修改</translation>
    </message>
    <message>
        <source>there is no scorecard %1</source>
        <translation>没有编号为 %1 的评分表</translation>
    </message>
    <message>
        <source>there is no scorecard in use yet: a supervisor sets one up first</source>
        <translation>还没有启用的评分表：请主管先设置一张</translation>
    </message>
    <message>
        <source>nobody can review: there is no active quality inspector or supervisor</source>
        <translation>无人可以质检：没有在职的质检员或主管</translation>
    </message>
    <message>
        <source>the period&apos;s first day must come before its end</source>
        <translation>期间的第一天必须早于结束日</translation>
    </message>
    <message>
        <source>draw from 1 to 50 tickets per agent</source>
        <translation>每位坐席抽取 1 到 50 张工单</translation>
    </message>
    <message>
        <source>the share drawn from low scores and complaints is from 0 to 1</source>
        <translation>从低分和投诉工单中优先抽取的比例应在 0 到 1 之间</translation>
    </message>
    <message>
        <source>a calibration needs at least two different inspectors</source>
        <translation>校准质检至少需要两位不同的质检员</translation>
    </message>
    <message>
        <source>there is no quality review %1</source>
        <translation>没有编号为 %1 的质检记录</translation>
    </message>
    <message>
        <source>this review is %1&apos;s to do</source>
        <translation>这条质检由 %1 负责</translation>
    </message>
    <message>
        <source>ticket %1 was reviewed already</source>
        <translation>工单 %1 已经质检过了</translation>
    </message>
    <message>
        <source>write the agent a word of feedback</source>
        <translation>请给坐席写一句反馈</translation>
    </message>
    <message>
        <source>only %1, whose ticket was reviewed, acknowledges this review</source>
        <translation>只有被质检的 %1 本人可以确认这条质检</translation>
    </message>
    <message>
        <source>a review that is &quot;%1&quot; cannot be acknowledged</source>
        <translation>“%1”状态的质检不能确认</translation>
    </message>
    <message>
        <source>only %1, whose ticket was reviewed, disputes this review</source>
        <translation>只有被质检的 %1 本人可以申诉</translation>
    </message>
    <message>
        <source>say what you disagree with: a dispute needs a comment</source>
        <translation>请说明不同意的地方：申诉必须填写意见</translation>
    </message>
    <message>
        <source>the inspector answered your dispute: only a supervisor can look at it again</source>
        <translation>质检员已答复你的申诉：只能再提交给主管复核</translation>
    </message>
    <message>
        <source>a review that is &quot;%1&quot; cannot be disputed</source>
        <translation>“%1”状态的质检不能申诉</translation>
    </message>
    <message>
        <source>there is no dispute to answer on this review</source>
        <translation>这条质检没有待答复的申诉</translation>
    </message>
    <message>
        <source>this dispute is %1&apos;s to answer</source>
        <translation>这条申诉由 %1 答复</translation>
    </message>
    <message>
        <source>answer the agent&apos;s comment</source>
        <translation>请答复坐席的意见</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>没有编号为 %1 的工单</translation>
    </message>
    <message>
        <source>nobody reviews their own work: the ticket&apos;s agent cannot calibrate on it</source>
        <translation>任何人都不能质检自己的工作：工单的处理人不能参与这张工单的校准</translation>
    </message>
    <message>
        <source>nobody reviews their own work: this ticket is yours</source>
        <translation>任何人都不能质检自己的工作：这张工单是你处理的</translation>
    </message>
    <message>
        <source>nobody answers a dispute about their own work</source>
        <translation>任何人都不能答复关于自己工作的申诉</translation>
    </message>
</context>
<context>
    <name>sd::QueueDelegate</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
</context>
<context>
    <name>sd::QueueModel</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>This column cannot be sorted. Sort by number, SLA, priority, status, due or updated time, or search for the words you need.</source>
        <translation>此列不能排序。请按工单号、SLA、优先级、状态、截止时间或更新时间排序，或搜索所需的关键词。</translation>
    </message>
</context>
<context>
    <name>sd::QueueQuery</name>
    <message>
        <source>&quot;my tickets&quot; needs a user</source>
        <translation>“我的工单”需要指定用户</translation>
    </message>
</context>
<context>
    <name>sd::QueueView</name>
    <message>
        <source>Search: ticket number, phone, customer, words of subject or description</source>
        <translation>搜索：工单号、电话、客户，或主题、描述中的关键词</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest %L1 matches; add words to narrow the search</source>
        <translation>仅显示最新的 %L1 条匹配；请补充关键词缩小范围</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Created at any time</source>
        <translation>任意创建时间</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>今天创建</translation>
    </message>
    <message>
        <source>Created in the last 7 days</source>
        <translation>最近 7 天创建</translation>
    </message>
    <message>
        <source>Created in the last 30 days</source>
        <translation>最近 30 天创建</translation>
    </message>
    <message>
        <source>Created in the last 90 days</source>
        <translation>最近 90 天创建</translation>
    </message>
    <message>
        <source>Created in the last 12 months</source>
        <translation>最近 12 个月创建</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
</context>
<context>
    <name>sd::RejectsFile</name>
    <message>
        <source>cannot write the rejects file: %1</source>
        <translation>无法写入错误行文件：%1</translation>
    </message>
    <message>
        <source>cannot create the rejects file: %1</source>
        <translation>无法创建错误行文件：%1</translation>
    </message>
    <message>
        <source>cannot save the rejects file: %1</source>
        <translation>无法保存错误行文件：%1</translation>
    </message>
</context>
<context>
    <name>sd::RepliesDialog</name>
    <message>
        <source>In &amp;use (offered to agents)</source>
        <translation>在用(&amp;U)（提供给坐席）</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Placeholders: {customer}, {ticket}, {due} (the resolution deadline), {agent} (who inserts the reply).</source>
        <translation>占位符：{customer}（客户）、{ticket}（工单号）、{due}（解决期限）、{agent}（插入回复的人）。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;X)：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (retired)</source>
        <translation>%1 · %2（已停用）</translation>
    </message>
</context>
<context>
    <name>sd::ReplyPicker</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of the canned replies offered first: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <source>Type part of the title; ↑ ↓ choose, Enter inserts</source>
        <translation>输入标题中的文字；↑ ↓ 选择，回车插入</translation>
    </message>
    <message>
        <source>No canned reply matches. Supervisors add them under File → Canned replies.</source>
        <translation>没有匹配的快捷回复。主管可在“文件 → 快捷回复”中添加。</translation>
    </message>
</context>
<context>
    <name>sd::ReplyService</name>
    <message>
        <source>give a title of 1 to %1 characters</source>
        <translation>请填写 1 到 %1 个字符的标题</translation>
    </message>
    <message>
        <source>choose Chinese or English</source>
        <translation>请选择中文或英文</translation>
    </message>
    <message>
        <source>write the reply, up to %1 characters</source>
        <translation>请填写回复内容，最多 %1 个字符</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {customer}, {ticket}, {due} or {agent}</source>
        <translation>{%1} 不是占位符；请使用 {customer}、{ticket}、{due} 或 {agent}</translation>
    </message>
    <message>
        <source>a reply titled &quot;%1&quot; is already in use in this language</source>
        <translation>该语言下已有在用的标题为“%1”的回复</translation>
    </message>
    <message>
        <source>canned reply %1 does not exist</source>
        <translation>快捷回复 %1 不存在</translation>
    </message>
    <message>
        <source>the canned reply was changed by someone else meanwhile; look at it again and repeat the change</source>
        <translation>该快捷回复已被他人修改；请重新查看后再修改</translation>
    </message>
</context>
<context>
    <name>sd::ReportCharts</name>
    <message>
        <source>Created vs resolved</source>
        <translation>新建与解决</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>SLA resolution compliance</source>
        <translation>SLA 解决达标率</translation>
    </message>
    <message>
        <source>Within SLA %</source>
        <translation>SLA 达标率（%）</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>CSAT average</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Median resolution by priority (hours)</source>
        <translation>各优先级解决时长中位数（小时）</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>中位数（小时）</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Resolved by agent (top %1)</source>
        <translation>各坐席解决量（前 %1 名）</translation>
    </message>
    <message>
        <source>Created by channel</source>
        <translation>各渠道新建量</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Resolution time (business hours)</source>
        <translation>解决用时分布（工作小时）</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation>满意度评分分布</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
</context>
<context>
    <name>sd::ReportDocument</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Quality report %1</source>
        <translation>质量报表 %1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>质量报表</translation>
    </message>
    <message>
        <source>Period: %1 (%2)</source>
        <translation>统计周期：%1（%2）</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>Filters: %1   Generated: %2</source>
        <translation>筛选条件：%1   生成时间：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <source>prev. %1</source>
        <translation>上期 %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolution median</source>
        <translation>解决时长中位数</translation>
    </message>
    <message>
        <source>SLA resolution</source>
        <translation>SLA 解决达标率</translation>
    </message>
    <message>
        <source>FCR</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Top terms in subjects</source>
        <translation>主题高频词</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <source>Complaints and service cost</source>
        <translation>投诉与服务成本</translation>
    </message>
    <message>
        <source>Complaints by cause</source>
        <translation>投诉原因分布</translation>
    </message>
    <message>
        <source>Service cost by category</source>
        <translation>各类别服务成本</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Service cost by product</source>
        <translation>各产品服务成本</translation>
    </message>
    <message>
        <source>Service cost over time</source>
        <translation>服务成本趋势</translation>
    </message>
    <message>
        <source>Quality inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>各坐席质检</translation>
    </message>
</context>
<context>
    <name>sd::ReportFilterBar</name>
    <message>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>结束日期（含）</translation>
    </message>
    <message>
        <source>Trend by</source>
        <translation>趋势粒度</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1（本公司）</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1（本机）</translation>
    </message>
</context>
<context>
    <name>sd::ReportLabels</name>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
</context>
<context>
    <name>sd::ReportScreen</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>质量报表</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <source>Complaints and cost</source>
        <translation>投诉与成本</translation>
    </message>
    <message>
        <source>Complaints by cause</source>
        <translation>投诉原因分布</translation>
    </message>
    <message>
        <source>Cost by category</source>
        <translation>各类别成本</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Cost by product</source>
        <translation>按产品成本</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>成本趋势</translation>
    </message>
    <message>
        <source>Sc&amp;heduled…</source>
        <translation>定时报表(&amp;H)…</translation>
    </message>
    <message>
        <source>Reports written as PDFs once each period is over</source>
        <translation>每个周期结束后自动生成 PDF 的报表</translation>
    </message>
    <message>
        <source>Quality inspection</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Quality by agent</source>
        <translation>各坐席质检</translation>
    </message>
</context>
<context>
    <name>sd::ReturnVisitDialog</name>
    <message>
        <source>What &amp;follows:</source>
        <translation>后续处理(&amp;F)：</translation>
    </message>
    <message>
        <source>New ticket&apos;s &amp;subject:</source>
        <translation>新工单主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Record the return visit to %1</source>
        <translation>记录对 %1 的回访</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Default: the start of the notes</source>
        <translation>默认：取记录的开头</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>回访结果(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>满意度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，应访日期 %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Tried before without reaching the customer: %1 of %2 attempts</source>
        <translation>此前未能联系上客户：已尝试 %1 次，共 %2 次</translation>
    </message>
    <message>
        <source>Open a new ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Note it as a sales lead</source>
        <translation>记为销售线索</translation>
    </message>
    <message>
        <source>Back to ticket %1 (reopened if closed)</source>
        <translation>回到工单 %1（已解决或关闭的将重新打开）</translation>
    </message>
</context>
<context>
    <name>sd::ReturnVisitService</name>
    <message>
        <source>there is no return visit %1</source>
        <translation>没有编号为 %1 的回访</translation>
    </message>
    <message>
        <source>the return visit to %1 was already recorded as &quot;%2&quot; by %3</source>
        <translation>对 %1 的回访已由 %3 记录为“%2”</translation>
    </message>
    <message>
        <source>the satisfaction score must be from 1 to 5</source>
        <translation>满意度评分须为 1 到 5</translation>
    </message>
    <message>
        <source>a customer who could not be reached gave no score</source>
        <translation>未联系上的客户不能有满意度评分</translation>
    </message>
    <message>
        <source>say what the customer told you</source>
        <translation>请写下客户说了什么</translation>
    </message>
    <message>
        <source>an issue that persists reopens the ticket or opens a new one</source>
        <translation>问题仍在时，须重新打开工单或新建工单</translation>
    </message>
    <message>
        <source>an issue that persists opens a new ticket (this visit follows no ticket)</source>
        <translation>问题仍在时须新建工单（此回访不对应任何工单）</translation>
    </message>
    <message>
        <source>a new need opens a new ticket or is noted as a sales lead</source>
        <translation>新需求须新建工单或记为销售线索</translation>
    </message>
    <message>
        <source>nothing follows from this outcome</source>
        <translation>此回访结果无需后续处理</translation>
    </message>
    <message>
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>From a return visit (%1): %2</source>
        <translation>来自回访（%1）：%2</translation>
    </message>
    <message>
        <source>someone else recorded this return visit meanwhile; open it again to see what they wrote</source>
        <translation>其他人刚刚记录了这次回访；请重新打开查看其记录</translation>
    </message>
</context>
<context>
    <name>sd::ReturnVisitText</name>
    <message>
        <source>%1 (low score)</source>
        <translation>%1（低评分）</translation>
    </message>
    <message>
        <source>%1 (complaint)</source>
        <translation>%1（投诉）</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2，%3</translation>
    </message>
    <message>
        <source>Not yet made</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <source>Not reached once; again on %1</source>
        <translation>1 次未联系上；%1 再试</translation>
    </message>
    <message>
        <source>Not reached %1 times; again on %2</source>
        <translation>%1 次未联系上；%2 再试</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新工单：%1</translation>
    </message>
    <message>
        <source>%1, new: %2</source>
        <translation>%1，新工单：%2</translation>
    </message>
</context>
<context>
    <name>sd::ReturnVisitsPage</name>
    <message>
        <source>Due</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>&amp;Record the call…</source>
        <translation>记录回访结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the &amp;ticket</source>
        <translation>打开工单(&amp;T)</translation>
    </message>
    <message>
        <source>Due now (today and overdue)</source>
        <translation>当前应访（今天及逾期）</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>未来 %1 天</translation>
    </message>
    <message>
        <source>Made in the last %1 days</source>
        <translation>最近 %1 天已回访</translation>
    </message>
    <message>
        <source>Sales leads of the last %1 days</source>
        <translation>最近 %1 天的销售线索</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Calls back after a purchase, after a ticket, and every so often for the top tiers. Double-click a customer to open them.</source>
        <translation>购买后、工单处理后回访，并定期回访重要客户。双击客户可打开客户资料。</translation>
    </message>
    <message>
        <source>Due today: %1 · Overdue: %2 · Next %3 days: %4</source>
        <translation>今日应访：%1 · 逾期：%2 · 未来 %3 天：%4</translation>
    </message>
    <message>
        <source> · sales lead: %1</source>
        <translation> · 销售线索：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>sd::RiskDialog</name>
    <message>
        <source>New risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation>编辑风险 %1</translation>
    </message>
    <message>
        <source>What could happen, and what it would do to customers and the service</source>
        <translation>可能发生什么，会对客户和服务造成什么影响</translation>
    </message>
    <message>
        <source>1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain</source>
        <translation>1 罕见，2 不太可能，3 可能，4 很可能，5 几乎肯定</translation>
    </message>
    <message>
        <source>1 minor, 2 moderate, 3 serious, 4 major, 5 severe</source>
        <translation>1 轻微，2 中等，3 较重，4 重大，5 严重</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>What is done now to make it less likely or less bad</source>
        <translation>现在采取哪些措施降低其可能性或影响</translation>
    </message>
    <message>
        <source>What is done if it happens</source>
        <translation>一旦发生将采取哪些措施</translation>
    </message>
    <message>
        <source>Review &amp;by</source>
        <translation>复核日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>可能性(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>影响(&amp;I)：</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Mitigation plan:</source>
        <translation>应对计划(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Contingency plan:</source>
        <translation>应急预案(&amp;C)：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>下次复核：</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>风险值 %1：%2</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>sd::RiskHeatMap</name>
    <message>
        <source>Live risks by probability and impact. Click a cell to list only its risks; click it again to list all.</source>
        <translation>未关闭风险按可能性和影响分布。单击格子只列出其中的风险，再次单击列出全部。</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>Probability →</source>
        <translation>可能性 →</translation>
    </message>
</context>
<context>
    <name>sd::RiskPage</name>
    <message>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <source>Live risks (not closed)</source>
        <translation>未关闭的风险</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>全部风险</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>&amp;New risk…</source>
        <translation>新建风险(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Mitigate</source>
        <translation>开始应对(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受风险(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Check the alert rules &amp;now</source>
        <translation>立即检查预警规则(&amp;N)</translation>
    </message>
    <message>
        <source>Risks with probability %1 and impact %2: %3. Click the cell again to list all.</source>
        <translation>可能性 %1、影响 %2 的风险：%3 项。再次单击该格子列出全部。</translation>
    </message>
    <message>
        <source>Risks listed: %1.</source>
        <translation>已列出风险：%1 项。</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本网点</translation>
    </message>
    <message>
        <source>The review date has passed.</source>
        <translation>已过复核日期。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a risk in the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在列表中选择一项风险。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Probability %1 × impact %2 = %3 (%4)</source>
        <translation>可能性 %1 × 影响 %2 = %3（%4）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Mitigation plan</source>
        <translation>应对计划</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>尚无。</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Risk %1 recorded.</source>
        <translation>风险 %1 已登记。</translation>
    </message>
    <message>
        <source>Risk %1 saved.</source>
        <translation>风险 %1 已保存。</translation>
    </message>
    <message>
        <source>Risk %1: %2.</source>
        <translation>风险 %1：%2。</translation>
    </message>
    <message>
        <source>Alert rules checked: %1 holding, %2 new risks, %3 updated.</source>
        <translation>预警规则已检查：%1 条成立，新增风险 %2 项，更新 %3 项。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Raised by an alert rule; alerts so far: %1</source>
        <translation>由预警规则触发；已预警 %1 次</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>sd::RiskRegister</name>
    <message>
        <source>someone else changed this risk first: read it again and repeat the change</source>
        <translation>他人已先修改了该风险：请重新读取后再修改</translation>
    </message>
    <message>
        <source>there is no risk number %1</source>
        <translation>没有编号为 %1 的风险</translation>
    </message>
    <message>
        <source>give the risk a title</source>
        <translation>请填写风险标题</translation>
    </message>
    <message>
        <source>the probability is rated from 1 to 5</source>
        <translation>可能性按 1 到 5 评分</translation>
    </message>
    <message>
        <source>the impact is rated from 1 to 5</source>
        <translation>影响按 1 到 5 评分</translation>
    </message>
    <message>
        <source>the owner must be an active user</source>
        <translation>负责人必须是在职用户</translation>
    </message>
    <message>
        <source>the risk is already “%1”</source>
        <translation>该风险已经是“%1”</translation>
    </message>
    <message>
        <source>a closed risk can only be opened again</source>
        <translation>已关闭的风险只能重新打开</translation>
    </message>
    <message>
        <source>write the mitigation plan before mitigating the risk</source>
        <translation>开始应对前请先填写应对计划</translation>
    </message>
    <message>
        <source>write the contingency plan before accepting the risk</source>
        <translation>接受风险前请先填写应急预案</translation>
    </message>
</context>
<context>
    <name>sd::RiskText</name>
    <message>
        <source>Complaint surge: %1 complaints in %2 days</source>
        <translation>投诉激增：%2 天内 %1 起投诉</translation>
    </message>
    <message>
        <source>Faults of %1: %2 tickets in %3 days</source>
        <translation>%1 故障：%3 天内 %2 张工单</translation>
    </message>
    <message>
        <source>SLA of team %1 at %2 %</source>
        <translation>团队 %1 的 SLA 达标率为 %2%</translation>
    </message>
    <message>
        <source>Untitled risk</source>
        <translation>未命名风险</translation>
    </message>
    <message>
        <source>%1 complaints in the last %2 days, %3 in the %2 days before; the alert is for more than %4, or at least %5 and up more than %6 %.</source>
        <translation>最近 %2 天 %1 起投诉，此前 %2 天 %3 起；预警条件为超过 %4 起，或至少 %5 起且增幅超过 %6%。</translation>
    </message>
    <message>
        <source>%1 of %2 tickets of the last %3 days resolved in time (%4 %); the alert is for below %5 %.</source>
        <translation>最近 %3 天的 %2 张工单中 %1 张按时解决（%4%）；预警条件为低于 %5%。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>极高</translation>
    </message>
    <message>
        <source>%1 fault tickets about %2 in the last %3 days, %4 in the %3 days before; the alert is for more than %5 and up more than %6 %.</source>
        <translation>最近 %3 天有关 %2 的故障工单 %1 张，此前 %3 天 %4 张；预警条件为超过 %5 张且增幅超过 %6%。</translation>
    </message>
    <message>
        <source>Recorded the risk.</source>
        <translation>登记了该风险。</translation>
    </message>
    <message>
        <source>An alert rule raised the risk.</source>
        <translation>预警规则提出了该风险。</translation>
    </message>
    <message>
        <source>Moved the risk from “%1” to “%2”.</source>
        <translation>将风险状态从“%1”改为“%2”。</translation>
    </message>
    <message>
        <source>The alert rule found new figures: %1</source>
        <translation>预警规则发现新数据：%1</translation>
    </message>
    <message>
        <source>Removed the %1.</source>
        <translation>删除了%1。</translation>
    </message>
    <message>
        <source>Rewrote the %1: %2</source>
        <translation>改写了%1：%2</translation>
    </message>
    <message>
        <source>Changed the %1 from “%2” to “%3”.</source>
        <translation>将%1从“%2”改为“%3”。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>mitigation plan</source>
        <translation>缓解计划</translation>
    </message>
    <message>
        <source>contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>sd::ScheduledReportRunner</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建该文件夹</translation>
    </message>
</context>
<context>
    <name>sd::ScheduledReports</name>
    <message>
        <source>give the report a name</source>
        <translation>请为报表命名</translation>
    </message>
    <message>
        <source>a scheduled report named &quot;%1&quot; already exists</source>
        <translation>已有名为“%1”的定时报表</translation>
    </message>
    <message>
        <source>there is no scheduled report %1</source>
        <translation>没有编号为 %1 的定时报表</translation>
    </message>
</context>
<context>
    <name>sd::ScheduledReportsDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行周期</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>最近生成</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>定时报表</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Write now</source>
        <translation>立即生成(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>This desk writes them to:</source>
        <translation>本机保存位置：</translation>
    </message>
    <message>
        <source>Each report is written as a PDF once its period is over: by this desk while it is open, or by &quot;sdctl report run-scheduled&quot; on the office&apos;s server.</source>
        <translation>每个报表在其周期结束后生成 PDF：由开着的本机生成，或由办事处服务器上的“sdctl report run-scheduled”生成。</translation>
    </message>
    <message>
        <source>Schedule the report on screen</source>
        <translation>将当前报表设为定时报表</translation>
    </message>
    <message>
        <source>e.g. Hotline monthly quality</source>
        <translation>例如：热线组月度质量</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>设为定时(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>运行周期(&amp;R)：</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>筛选条件：</translation>
    </message>
    <message>
        <source>period from %1</source>
        <translation>%1 起的周期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <source>Scheduled &quot;%1&quot;; the next run writes %2.</source>
        <translation>已设定“%1”；下次运行将生成 %2。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
    <message>
        <source>Folder for scheduled reports</source>
        <translation>定时报表的保存文件夹</translation>
    </message>
</context>
<context>
    <name>sd::ScorecardDialog</name>
    <message>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>In &amp;use: new samples are reviewed with it</source>
        <translation>启用(&amp;U)：新抽取的样本按此评分表质检</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Weight (1–100)</source>
        <translation>权重（1–100）</translation>
    </message>
    <message>
        <source>Points (2–5)</source>
        <translation>分档（2–5）</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation>评分表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A criterion scores (rating − 1) / (points − 1) × 100; the review is the weighted mean of the rated criteria; a critical criterion rated below 50 makes the review 0.</source>
        <translation>每项得分 =（评分 − 1）/（分档 − 1）× 100；质检得分为已评各项的加权平均；关键项低于 50 分则质检得分为 0。</translation>
    </message>
    <message>
        <source>&amp;Add a criterion</source>
        <translation>添加评分项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the criterion</source>
        <translation>删除评分项(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1（未启用）</translation>
    </message>
    <message>
        <source>New scorecard</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <source>Scorecard “%1” saved with %2 criteria.</source>
        <translation>评分表“%1”已保存，共 %2 个评分项。</translation>
    </message>
</context>
<context>
    <name>sd::ServerRestore</name>
    <message numerus="yes">
        <source>%n connection(s) to the database %1 are open (desks, sdctl or other programs): close them all, then restore again; nothing was changed</source>
        <translation>
            <numerusform>数据库 %1 上有 %n 个连接（售后服务台、sdctl 或其他程序）：请全部关闭后再恢复；未做任何更改</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot connect to the restored database %1: %2</source>
        <translation>无法连接恢复出的数据库 %1：%2</translation>
    </message>
    <message>
        <source>the restored database cannot be read as Service Desk&apos;s: %1</source>
        <translation>恢复出的数据库无法作为售后服务台数据库读取：%1</translation>
    </message>
    <message>
        <source>the dump was made by a newer Service Desk (schema version %1; this program knows versions up to %2); update the program to restore it</source>
        <translation>该转储由更新版本的售后服务台创建（数据结构版本 %1；本程序只认识到版本 %2）；请先升级程序再恢复</translation>
    </message>
    <message>
        <source>cannot begin the renaming on the server</source>
        <translation>无法在服务器上开始重命名</translation>
    </message>
    <message>
        <source>the server refused the renaming; nothing was changed</source>
        <translation>服务器拒绝了重命名；未做任何更改</translation>
    </message>
    <message>
        <source>%1 is a copy of a database file; a server&apos;s database is restored from a dump of it (sdctl backup --to FILE with the server&apos;s address)</source>
        <translation>%1 是数据库文件的副本；服务器上的数据库须从其转储恢复（用服务器地址运行 sdctl backup --to FILE 生成）</translation>
    </message>
    <message>
        <source>to be restored, the database&apos;s name must be a plain name (Latin letters, digits and _) of at most 37 characters, so the restored and the replaced database fit beside it</source>
        <translation>要恢复，数据库名必须是不超过 37 个字符的简单名称（拉丁字母、数字和 _），以便在旁边容纳恢复出的数据库和被替换的数据库</translation>
    </message>
    <message>
        <source>cannot connect to the database server: %1</source>
        <translation>无法连接数据库服务器：%1</translation>
    </message>
    <message>
        <source>cannot create the database %1 to restore into (the account needs the right to create databases): %2</source>
        <translation>无法创建用于恢复的数据库 %1（该账户需要创建数据库的权限）：%2</translation>
    </message>
    <message>
        <source>%1 is a dump of the database %2, not of %3: a dump is restored into the database it was taken of, whose desks&apos; rights it holds</source>
        <translation>%1 是数据库 %2 的转储，不是 %3 的：转储只能恢复到它所取自的数据库中，其中的服务台权限属于该数据库</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>%1; the database %2 made for the restore could not be removed (%3): remove it by hand</source>
        <translation>%1；为恢复而创建的数据库 %2 无法删除（%3）：请手动删除</translation>
    </message>
</context>
<context>
    <name>sd::ServerSetup</name>
    <message>
        <source>this is a database file, not a server address; write it as postgresql://user@host:port/database</source>
        <translation>这是数据库文件，不是服务器地址；请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>the database name may hold only Latin letters, digits and _ and start with a letter (at most 63)</source>
        <translation>数据库名只能包含拉丁字母、数字和 _，并以字母开头（最多 63 个字符）</translation>
    </message>
    <message>
        <source>cannot connect to the database server: %1</source>
        <translation>无法连接数据库服务器：%1</translation>
    </message>
</context>
<context>
    <name>sd::ServiceTables</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>Complaints closed</source>
        <translation>结案投诉数</translation>
    </message>
    <message>
        <source>Time to close a complaint (median)</source>
        <translation>投诉结案时长（中位数）</translation>
    </message>
    <message>
        <source>Complaints closed by their deadline</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Remedies paid (refunds, compensation)</source>
        <translation>补救支出（退款、补偿）</translation>
    </message>
    <message>
        <source>Service cost of resolved tickets</source>
        <translation>已解决工单的服务成本</translation>
    </message>
    <message>
        <source>Cost per resolved ticket</source>
        <translation>每张已解决工单成本</translation>
    </message>
    <message>
        <source>Labour share of cost</source>
        <translation>人工成本占比</translation>
    </message>
    <message>
        <source>Parts share of cost</source>
        <translation>配件成本占比</translation>
    </message>
    <message>
        <source>Transport share of cost</source>
        <translation>交通成本占比</translation>
    </message>
    <message>
        <source>Other share of cost</source>
        <translation>其他成本占比</translation>
    </message>
    <message>
        <source>Charged to customers</source>
        <translation>向客户收取</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost per resolved</source>
        <translation>每单成本</translation>
    </message>
    <message>
        <source>Return visits due</source>
        <translation>应回访数</translation>
    </message>
    <message>
        <source>Return visits made</source>
        <translation>已回访数</translation>
    </message>
    <message>
        <source>Made on or before the day due</source>
        <translation>按期回访率</translation>
    </message>
    <message>
        <source>Calls that found an issue or a new need</source>
        <translation>发现问题或新需求的比例</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>No product given</source>
        <translation>未填写产品</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Quality reviews completed</source>
        <translation>完成的质检</translation>
    </message>
    <message>
        <source>Internal quality score (IQS, 0–100)</source>
        <translation>内部质检得分（IQS，0–100）</translation>
    </message>
    <message>
        <source>Reviews failed on a critical criterion</source>
        <translation>因关键项不合格而判零分的质检</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>质检数</translation>
    </message>
    <message>
        <source>IQS</source>
        <translation>IQS</translation>
    </message>
</context>
<context>
    <name>sd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Office prefix of ticket numbers</source>
        <translation>工单号的办事处前缀</translation>
    </message>
    <message>
        <source>Open a Service Desk database</source>
        <translation>打开售后服务台数据库</translation>
    </message>
    <message>
        <source>Service Desk databases (*.sqlite);;All files (*)</source>
        <translation>售后服务台数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create a Service Desk database</source>
        <translation>新建售后服务台数据库</translation>
    </message>
    <message>
        <source>Service Desk databases (*.sqlite)</source>
        <translation>售后服务台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>a file, or the office&apos;s server: postgresql://host/database</source>
        <translation>数据库文件，或本单位的服务器：postgresql://主机/数据库</translation>
    </message>
    <message>
        <source>A database file on this computer, or the office&apos;s PostgreSQL server as postgresql://host:port/database (you sign in with your own login and password).</source>
        <translation>本机上的数据库文件，或本单位的 PostgreSQL 服务器，写成 postgresql://主机:端口/数据库（用您自己的登录名和密码登录）。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Name a database file or a server address.</source>
        <translation>请填写数据库文件或服务器地址。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: you give it when you sign in, and it is never stored.</source>
        <translation>地址中不要写密码：登录时再输入，密码从不保存。</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日备份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> older weeks</source>
        <translation> 个更早的周</translation>
    </message>
    <message>
        <source>and one a week for </source>
        <translation>另外每周保留一份，共 </translation>
    </message>
    <message>
        <source>A desk working on a database file copies it once a day into the backups folder beside it. The newest daily copies are kept, then the newest copy of each older week. A server&apos;s database is backed up on the server.</source>
        <translation>使用数据库文件时，售后服务台每天把它复制一份到旁边的 backups 文件夹。保留最新的每日备份，再保留更早各周的最新一份。服务器上的数据库在服务器上备份。</translation>
    </message>
</context>
<context>
    <name>sd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>sd::SignIn</name>
    <message>
        <source>&quot;%1&quot; is locked after %2 failed sign-ins; try again after %3</source>
        <translation>“%1”连续 %2 次登录失败，已被锁定；请在 %3 之后重试</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is deactivated</source>
        <translation>账户“%1”已停用</translation>
    </message>
    <message>
        <source>the administrator needs a login</source>
        <translation>管理员需要一个登录名</translation>
    </message>
    <message>
        <source>this database already has an administrator</source>
        <translation>该数据库已有管理员</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码不正确</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>登录名或密码错误</translation>
    </message>
    <message>
        <source>this connection is not the account of &quot;%1&quot;</source>
        <translation>此连接不是“%1”的账户</translation>
    </message>
</context>
<context>
    <name>sd::SignInDialog</name>
    <message>
        <source>Sign in to Service Desk</source>
        <translation>登录售后服务台</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Your work is recorded under your name.</source>
        <translation>您的操作将以您的名义记录。</translation>
    </message>
</context>
<context>
    <name>sd::SplitDialog</name>
    <message>
        <source>Split a matter off %1</source>
        <translation>从 %1 拆分出一件事</translation>
    </message>
    <message>
        <source>A new ticket for the same customer, contact, product and team, linked to %1. Its SLA starts now.</source>
        <translation>为同一客户、联系人、产品和团队新建一张工单，并与 %1 关联。其 SLA 从现在开始计时。</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Create the ticket</source>
        <translation>创建工单(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sd::Sql</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此次修改：%1</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it (for example a long import). Nothing was changed; try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在写入（例如耗时较长的导入）。未做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <source>the database server does not allow this account to do that: %1</source>
        <translation>数据库服务器不允许此账户执行该操作：%1</translation>
    </message>
    <message>
        <source>Not connected to the database; the desk connects again on its own.</source>
        <translation>未连接到数据库；本工作台会自动重新连接。</translation>
    </message>
    <message>
        <source>Not connected to the database: %1</source>
        <translation>未连接到数据库：%1</translation>
    </message>
</context>
<context>
    <name>sd::SuggestionPanel</name>
    <message>
        <source>Suggested articles</source>
        <translation>推荐文章</translation>
    </message>
    <message>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+5 or a double-click puts the answer into your reply.</source>
        <translation>按 Alt+1 至 Alt+5 或双击，把解答插入回复。</translation>
    </message>
    <message>
        <source>Save the ticket to put an answer into a reply; read it out meanwhile.</source>
        <translation>保存工单后才能把解答插入回复；在此之前可先念给客户听。</translation>
    </message>
</context>
<context>
    <name>sd::SyncConflicts</name>
    <message>
        <source>conflict %1 does not exist</source>
        <translation>冲突 %1 不存在</translation>
    </message>
    <message>
        <source>%1 already resolved this conflict</source>
        <translation>%1 已处理了这个冲突</translation>
    </message>
    <message>
        <source>choose one of the two values: %1 cannot be typed</source>
        <translation>请在两个值中选择一个：%1 不能手动输入</translation>
    </message>
    <message>
        <source>this program does not know the field of the conflict</source>
        <translation>本程序不认识该冲突的字段</translation>
    </message>
    <message>
        <source>Sync conflict between %1 and %2 resolved</source>
        <translation>%1 与 %2 之间的同步冲突已处理</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>支持级别</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Complaint cause</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>满意度意见</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tier locked</source>
        <translation>等级锁定</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>Other field</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>this office does not hold %1 (another office&apos;s ticket): the conflict is resolved at head office</source>
        <translation>本机构没有 %1（其他机构的工单）：该冲突须在总部处理</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Complaint stage</source>
        <translation>投诉阶段</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>核实依据</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <source>Remedy amount</source>
        <translation>补救金额</translation>
    </message>
    <message>
        <source>Feedback to the customer</source>
        <translation>对客户的反馈</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Cost line voided</source>
        <translation>成本行已作废</translation>
    </message>
    <message>
        <source>Satisfaction: timeliness</source>
        <translation>满意度：及时性</translation>
    </message>
    <message>
        <source>Satisfaction: professionalism</source>
        <translation>满意度：专业性</translation>
    </message>
    <message>
        <source>Satisfaction: attitude</source>
        <translation>满意度：服务态度</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Visit time zone</source>
        <translation>上门时区</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <source>Appointment to</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <source>Parts to bring</source>
        <translation>需带配件</translation>
    </message>
    <message>
        <source>Tools to bring</source>
        <translation>需带工具</translation>
    </message>
    <message>
        <source>Travel distance (km)</source>
        <translation>路程（公里）</translation>
    </message>
    <message>
        <source>Travel time (minutes)</source>
        <translation>路程时间（分钟）</translation>
    </message>
    <message>
        <source>Why the visit could not be completed</source>
        <translation>无法完成的原因</translation>
    </message>
    <message>
        <source>Technician&apos;s notes</source>
        <translation>技术员记录</translation>
    </message>
    <message>
        <source>Set out at</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Plan agreed by</source>
        <translation>方案同意人</translation>
    </message>
    <message>
        <source>How the plan was agreed</source>
        <translation>方案确认方式</translation>
    </message>
    <message>
        <source>Plan agreed at</source>
        <translation>方案同意时间</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>同意记录人</translation>
    </message>
    <message>
        <source>Canned reply title</source>
        <translation>快捷回复标题</translation>
    </message>
    <message>
        <source>Canned reply language</source>
        <translation>快捷回复语言</translation>
    </message>
    <message>
        <source>Canned reply text</source>
        <translation>快捷回复内容</translation>
    </message>
    <message>
        <source>Canned reply in use</source>
        <translation>快捷回复在用</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>sd::SyncController</name>
    <message>
        <source>sent %1 records, %2 field changes and %3 timeline events; received %4, %5 and %6</source>
        <translation>发送 %1 条新记录、%2 处字段修改、%3 条处理记录；收到 %4、%5、%6</translation>
    </message>
    <message>
        <source>Synced with head office %1 at %2</source>
        <translation>%2 已与总部 %1 同步</translation>
    </message>
    <message>
        <source>Not yet synced with head office %1</source>
        <translation>尚未与总部 %1 同步</translation>
    </message>
    <message>
        <source>changes waiting to be sent: %1</source>
        <translation>待发送的更改：%1</translation>
    </message>
    <message>
        <source>Head office %1, branch offices: %2</source>
        <translation>总部 %1，分支机构：%2</translation>
    </message>
    <message>
        <source>synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>last attempt failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <source>open sync conflicts: %1</source>
        <translation>未处理的同步冲突：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 written (%2 KB)</source>
        <translation>已写出 %1（%2 KB）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 from office %2 applied: %3 new records, %4 field changes, %5 timeline events, %6 conflicts</source>
        <translation>已应用来自机构 %2 的 %1：新记录 %3 条，字段变更 %4 处，时间线事件 %5 条，冲突 %6 个</translation>
    </message>
</context>
<context>
    <name>sd::SyncExchange</name>
    <message>
        <source>the file from office %1 carries %2, which that office cannot have made: nothing changed</source>
        <translation>来自机构 %1 的文件载有%2，而该机构不可能作出这样的更改：未做任何更改</translation>
    </message>
    <message>
        <source>a change stamped %1</source>
        <translation>标记为 %1 的更改</translation>
    </message>
    <message>
        <source>a change to ticket %1</source>
        <translation>对工单 %1 的更改</translation>
    </message>
    <message>
        <source>the timeline event %1</source>
        <translation>处理记录 %1</translation>
    </message>
</context>
<context>
    <name>sd::SyncFile</name>
    <message>
        <source>the office keys needed to write this file are missing</source>
        <translation>缺少写入此文件所需的机构密钥</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>the signature does not match office %1&apos;s key: the file was changed after it was signed, or signed with another key</source>
        <translation>签名与机构 %1 的密钥不符：文件在签名后被改动过，或是用其他密钥签名的</translation>
    </message>
    <message>
        <source>the file cannot be opened with office %1&apos;s key</source>
        <translation>无法用机构 %1 的密钥打开此文件</translation>
    </message>
    <message>
        <source>this is not a Service Desk sync file</source>
        <translation>这不是售后服务台的同步文件</translation>
    </message>
    <message>
        <source>the file is truncated (it ends inside its header)</source>
        <translation>文件不完整（在文件头中途结束）</translation>
    </message>
    <message>
        <source>the file is truncated (part of its contents is missing)</source>
        <translation>文件不完整（缺少部分内容）</translation>
    </message>
    <message>
        <source>the file is not signed</source>
        <translation>文件没有签名</translation>
    </message>
    <message>
        <source>the file is truncated or has bytes added after its signature</source>
        <translation>文件不完整，或签名之后被附加了内容</translation>
    </message>
</context>
<context>
    <name>sd::SyncService</name>
    <message>
        <source>only head office creates branch offices</source>
        <translation>只有总部可以创建分支机构</translation>
    </message>
    <message>
        <source>this file carries changes; a new branch needs head office&apos;s seed file</source>
        <translation>此文件载有更改；新分支机构需要总部的初始文件</translation>
    </message>
    <message>
        <source>the file is addressed to office %1, and these are office %2&apos;s keys</source>
        <translation>此文件是发给机构 %1 的，而这些是机构 %2 的密钥</translation>
    </message>
    <message>
        <source>this database is already office %1: a branch is created in a new database</source>
        <translation>此数据库已是机构 %1：分支机构须建在新数据库中</translation>
    </message>
    <message>
        <source>the file&apos;s contents do not match its header</source>
        <translation>文件内容与文件头不符</translation>
    </message>
    <message>
        <source>this database does not synchronise yet: at head office run &quot;sdctl sync keys&quot;; a branch is created from head office&apos;s seed file</source>
        <translation>此数据库尚未启用同步：总部请运行“sdctl sync keys”；分支机构由总部的初始文件创建</translation>
    </message>
    <message>
        <source>this database is branch office %1, not head office</source>
        <translation>此数据库是分支机构 %1，不是总部</translation>
    </message>
    <message>
        <source>only head office registers branch offices</source>
        <translation>只有总部可以登记分支机构</translation>
    </message>
    <message>
        <source>%1 is this office&apos;s own code</source>
        <translation>%1 是本机构自己的代码</translation>
    </message>
    <message>
        <source>this is head office: name the branch office the file is for</source>
        <translation>这里是总部：请指明文件发给哪个分支机构</translation>
    </message>
    <message>
        <source>office %1 is not registered here: register its public key first (sdctl sync register)</source>
        <translation>机构 %1 未在此登记：请先登记其公钥（sdctl sync register）</translation>
    </message>
    <message>
        <source>a branch exchanges files with head office only, not with %1</source>
        <translation>分支机构只与总部交换文件，不与 %1 交换</translation>
    </message>
    <message>
        <source>file %1 from office %2 was already applied or replaced by a newer one (this office has applied up to file %3): nothing changed</source>
        <translation>来自机构 %2 的文件 %1 已应用过，或已被更新的文件取代（本机构已应用到文件 %3）：未做任何更改</translation>
    </message>
    <message>
        <source>file %1 from office %2 continues a file that has not been imported here yet: import the earlier file from %2 first (nothing changed)</source>
        <translation>来自机构 %2 的文件 %1 接续一个尚未在此导入的文件：请先导入 %2 的更早文件（未做任何更改）</translation>
    </message>
    <message>
        <source>the file is addressed to office %1, and this database is office %2</source>
        <translation>此文件是发给机构 %1 的，而此数据库是机构 %2</translation>
    </message>
    <message>
        <source>this file creates a new branch database: import it into a new file</source>
        <translation>此文件用于创建新的分支机构数据库：请导入到一个新文件中</translation>
    </message>
    <message>
        <source>the file comes from office %1, which is not registered here</source>
        <translation>此文件来自机构 %1，该机构未在此登记</translation>
    </message>
    <message>
        <source>the seed comes from office %1, and the head office key given is office %2&apos;s</source>
        <translation>初始文件来自机构 %1，而给出的总部密钥属于机构 %2</translation>
    </message>
    <message>
        <source>file %1 comes from a database of office %2 that was replaced: head office created the office again from seed file %3. Nothing changed; office %2 works on in the database made from that seed</source>
        <translation>文件 %1 来自机构 %2 已被替换的数据库：总部已用初始文件 %3 重新建立该机构。未做任何更改；机构 %2 请在由该初始文件建立的数据库中继续工作</translation>
    </message>
    <message>
        <source>this database of office %1 was replaced by one created from head office&apos;s seed file %2: nothing changed. Work on in the new database</source>
        <translation>机构 %1 的这个数据库已被用总部初始文件 %2 新建的数据库取代：未做任何更改。请在新数据库中继续工作</translation>
    </message>
    <message>
        <source>office %1 has applied a file from office %2 that this database did not write: this database is an older copy (restored from a backup, or replaced by a database created again). Nothing changed; a branch in this state is created again from a new seed of head office</source>
        <translation>机构 %1 已应用过一个来自机构 %2、但并非本数据库写出的文件：本数据库是较旧的副本（从备份恢复，或已被重新建立的数据库取代）。未做任何更改；处于这种状态的分支机构需用总部新的初始文件重新建立</translation>
    </message>
    <message>
        <source>file %1 from office %2 does not follow file %3, the last one applied here from it: office %2&apos;s database was created again or restored from an older copy. Nothing changed; a branch in this state is created again from a new seed of head office</source>
        <translation>来自机构 %2 的文件 %1 没有接在此处最后应用的该机构文件 %3 之后：机构 %2 的数据库已被重新建立或从较旧的副本恢复。未做任何更改；处于这种状态的分支机构需用总部新的初始文件重新建立</translation>
    </message>
</context>
<context>
    <name>sd::TeamsDialog</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分派方式</translation>
    </message>
    <message>
        <source>Free to take tickets</source>
        <translation>可接单人数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Teams and assignment</source>
        <translation>团队与分派</translation>
    </message>
    <message>
        <source>New tickets a team receives without a person named go to one of its agents and technicians who are signed in and Available: by round robin, to whoever holds the least open work, or by skill match (the ticket&apos;s category among their skills; the ticket waits for someone skilled). Naming a person by hand always wins. Tickets waiting in the team are shared out within a minute, and as soon as someone switches to Available.</source>
        <translation>团队收到的未指定处理人的新工单，会分派给该团队中已登录且“可接单”的客服或技术员：轮流分派、分给未结工单最少的人，或按技能匹配（工单类别在其技能之中；没有具备该技能的人时工单等待）。手动指定处理人始终优先。团队中等待的工单会在一分钟内分派出去，有人切换为“可接单”时也会立即分派。</translation>
    </message>
    <message>
        <source>Members of the selected team</source>
        <translation>所选团队的成员</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in, available</source>
        <translation>已登录，可接单</translation>
    </message>
    <message>
        <source>Signed in, away</source>
        <translation>已登录，暂离</translation>
    </message>
    <message>
        <source>%1: tickets are assigned by hand.</source>
        <translation>%1：工单改为手动分派。</translation>
    </message>
    <message>
        <source>%1: tickets are assigned by “%2”. Waiting tickets given to an agent now: %3.</source>
        <translation>%1：工单按“%2”分派。刚刚分派出去的等待工单：%3。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
</context>
<context>
    <name>sd::TicketDialogs</name>
    <message>
        <source>Assign ticket</source>
        <translation>分派工单</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（不分派）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(keep current team)</source>
        <translation>（保持当前团队）</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>Record satisfaction</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <source>5 – Very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>4 – Satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>3 – Neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>2 – Dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>1 – Very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;comment:</source>
        <translation>客户意见(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s answer</source>
        <translation>请选择客户的评价</translation>
    </message>
    <message>
        <source>&amp;Timeliness:</source>
        <translation>及时性(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Professionalism:</source>
        <translation>专业性(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation>服务态度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Overall:</source>
        <translation>总体(&amp;O)：</translation>
    </message>
    <message>
        <source>Resolve ticket</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>Ask the customer whether the fix works. What did the customer say?</source>
        <translation>请向客户确认问题是否已解决。客户怎么说？</translation>
    </message>
    <message>
        <source>The customer &amp;confirmed the fix: resolve the ticket</source>
        <translation>客户确认已修复：解决工单(&amp;C)</translation>
    </message>
    <message>
        <source>The customer says it is &amp;not fixed: back to In progress</source>
        <translation>客户反馈未修复：退回处理中(&amp;N)</translation>
    </message>
    <message>
        <source>Earlier answers &quot;not fixed&quot;: %1</source>
        <translation>此前反馈“未修复”次数：%1</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s answer first.</source>
        <translation>请先选择客户的答复。</translation>
    </message>
    <message>
        <source>Describe the &amp;solution (required; the customer may see it):</source>
        <translation>填写解决方案(&amp;S)（必填，客户可能看到）：</translation>
    </message>
    <message>
        <source>What does the customer say is &amp;still wrong? (required)</source>
        <translation>客户说哪里仍有问题(&amp;S)？（必填）</translation>
    </message>
</context>
<context>
    <name>sd::TicketExporter</name>
    <message>
        <source>cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>已取消，未写入任何文件</translation>
    </message>
</context>
<context>
    <name>sd::TicketForm</name>
    <message numerus="yes">
        <source>%n h business time</source>
        <translation>
            <numerusform>工作时间 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min business time</source>
        <translation>
            <numerusform>工作时间 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the ticket as it is now. Your unsaved edits are discarded.</source>
        <translation>重新加载工单的最新内容，未保存的修改将被丢弃。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>分派给我(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>分派给(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>升级(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>解决(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Record satis&amp;faction…</source>
        <translation>记录满意度(&amp;F)…</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Move the ticket to another status; only the allowed ones are listed</source>
        <translation>更改工单状态；仅列出当前允许的状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name, code or phone, then Enter</source>
        <translation>输入名称、编号或电话后按回车</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不关联</translation>
    </message>
    <message>
        <source>No customer record: the contact name or phone identifies the caller</source>
        <translation>不关联客户档案，仅凭联系人姓名或电话识别来电人</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>联系人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation>联系邮箱(&amp;L)：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>工单信息</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Complaint cause:</source>
        <translation>投诉原因：</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>产品(&amp;R)：</translation>
    </message>
    <message>
        <source>Serial num&amp;ber:</source>
        <translation>序列号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>客户等级：</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>首次响应截止：</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>解决截止：</translation>
    </message>
    <message>
        <source>&amp;Write a note or a reply:</source>
        <translation>撰写备注或回复(&amp;W)：</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <source>Only colleagues see internal notes</source>
        <translation>内部备注仅同事可见</translation>
    </message>
    <message>
        <source>Repl&amp;y to customer</source>
        <translation>回复客户(&amp;Y)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Level: %1   ·   Assignee: %2   ·   Tier: %3</source>
        <translation>支持级别：%1   ·   处理人：%2   ·   客户等级：%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>If saved now. The clock counts business hours (calendar %1).</source>
        <translation>按现在保存计算。仅计入工作时间（工作日历：%1）。</translation>
    </message>
    <message>
        <source>%1   (answered %2)</source>
        <translation>%1  （已于 %2 响应）</translation>
    </message>
    <message>
        <source>%1   (overdue)</source>
        <translation>%1  （已超时）</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>已于 %1 解决</translation>
    </message>
    <message>
        <source>paused since %1</source>
        <translation>自 %1 起已暂停</translation>
    </message>
    <message>
        <source>Paused: the resolution clock stops while waiting.</source>
        <translation>已暂停：等待期间解决时限停止计时。</translation>
    </message>
    <message>
        <source>Resolved: the clock is stopped.</source>
        <translation>已解决：已停止计时。</translation>
    </message>
    <message>
        <source>Running in business hours (calendar %1).</source>
        <translation>计时中，仅计入工作时间（工作日历：%1）。</translation>
    </message>
    <message>
        <source>Customer or priority changed: the due times are recalculated when you save.</source>
        <translation>客户或优先级已更改：保存时将重新计算截止时间。</translation>
    </message>
    <message>
        <source>Save the ticket first</source>
        <translation>请先保存工单</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1. Your edits are still in the form.</source>
        <translation>&lt;b&gt;未保存：&lt;/b&gt;%1。您的修改仍保留在表单中。</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Leave it empty and fill in the contact instead.</source>
        <translation>没有与“%1”匹配的客户。可将客户留空，改为填写联系人信息。</translation>
    </message>
    <message>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): pick one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>找到 %n 个匹配项：用方向键选择，按回车确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate ticket</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <source>Escalate from %1 to the next level. Why? (optional)</source>
        <translation>将从“%1”升级到下一支持级别。升级原因（选填）：</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>Why is the ticket reopened? (optional)</source>
        <translation>重新打开工单的原因（选填）：</translation>
    </message>
    <message>
        <source>Records what you told the customer (by phone or in person) and counts as the first response. Nothing is sent to the customer: there is no e-mail channel yet.</source>
        <translation>记录您（通过电话或当面）告知客户的内容，并计为首次响应。不会向客户发送任何内容：目前还没有邮件渠道。</translation>
    </message>
    <message>
        <source>Your role may read this ticket but not change it.</source>
        <translation>您的角色可以查看此工单，但不能修改。</translation>
    </message>
    <message>
        <source>A complaint is resolved when it is closed at the end of its path (the Complaint box).</source>
        <translation>投诉在其流程的最后一步结案时即为解决（见“投诉”栏）。</translation>
    </message>
    <message>
        <source>Answers &quot;not fixed&quot; so far: %1.</source>
        <translation>客户至今反馈“未修复”%1 次。</translation>
    </message>
    <message>
        <source>Insert a &amp;canned reply…</source>
        <translation>插入快捷回复(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Customer &amp;said…</source>
        <translation>客户反馈(&amp;S)…</translation>
    </message>
    <message>
        <source>Records what the customer said (a call back, a message), not your response. A ticket waiting for the customer goes back to In progress, and whoever holds it is notified.</source>
        <translation>记录客户说的话（回电、留言），不算作您的响应。等待客户的工单会回到“处理中”，并通知工单的处理人。</translation>
    </message>
    <message>
        <source>Write an artic&amp;le…</source>
        <translation>写成文章(&amp;L)…</translation>
    </message>
    <message>
        <source>Turn this ticket&apos;s problem and solution into a knowledge-base article</source>
        <translation>把这张工单的问题和解决方案写成知识库文章</translation>
    </message>
</context>
<context>
    <name>sd::TicketImporter</name>
    <message>
        <source>unknown encoding &quot;%1&quot;; use utf-8 or gb18030</source>
        <translation>未知的编码“%1”；请使用 utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>文件为空；第一行必须是列名</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>已取消，未导入任何内容</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>sd::TicketPickDialog</name>
    <message>
        <source>Merge %1 into another ticket</source>
        <translation>将 %1 合并到另一张工单</translation>
    </message>
    <message>
        <source>Link %1 to another ticket</source>
        <translation>将 %1 关联到另一张工单</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>A ticket number, or pick one of the customer&apos;s tickets</source>
        <translation>输入工单号，或从该客户的工单中选择</translation>
    </message>
    <message>
        <source>%1 will be closed as a duplicate and its timeline shown in the ticket chosen here, which must be open. This cannot be undone.</source>
        <translation>%1 将作为重复工单关闭，其处理记录显示在此处选择的工单中（该工单须未结）。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Both tickets will list each other; the link can be removed later.</source>
        <translation>两张工单将互相列出对方；之后可以取消关联。</translation>
    </message>
    <message>
        <source>&amp;Keep the ticket:</source>
        <translation>保留工单(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>工单(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional: why they are the same matter</source>
        <translation>可选：说明为何是同一件事</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sd::TicketPreview</name>
    <message>
        <source>Reply: </source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Internal note: </source>
        <translation>内部备注：</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA 即将超时</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>处理人已变更</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>已升级至 %1</translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation>优先级：%1 → %2</translation>
    </message>
    <message>
        <source>Satisfaction: %1 / 5</source>
        <translation>满意度：%1 / 5</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>选择工单后，可在此处查看详情。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次响应截止</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决截止</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>Cost recorded: %1 %2</source>
        <translation>记录成本：%1 %2</translation>
    </message>
    <message>
        <source>Cost voided: %1 %2</source>
        <translation>作废成本：%1 %2</translation>
    </message>
    <message>
        <source>Customer said: </source>
        <translation>客户反馈：</translation>
    </message>
    <message>
        <source>Escalation rule applied</source>
        <translation>已触发升级规则</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>已关联 %1</translation>
    </message>
    <message>
        <source>Link to %1 removed</source>
        <translation>已取消与 %1 的关联</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <source>Duplicate %1 merged in</source>
        <translation>重复工单 %1 已并入</translation>
    </message>
    <message>
        <source>Split into %1</source>
        <translation>拆分出 %1</translation>
    </message>
    <message>
        <source>Split off from %1</source>
        <translation>拆分自 %1</translation>
    </message>
    <message>
        <source> · on %1</source>
        <translation> · 来自 %1</translation>
    </message>
    <message>
        <source>Attachment removed: %1</source>
        <translation>已移除附件：%1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已添加附件：%1</translation>
    </message>
    <message>
        <source>Moved to team %1</source>
        <translation>已转至团队 %1</translation>
    </message>
    <message>
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>Quality review: %1</source>
        <translation>质检：%1</translation>
    </message>
    <message>
        <source>Article written from it: %1</source>
        <translation>据此撰写文章：%1</translation>
    </message>
    <message>
        <source>Article used: %1</source>
        <translation>引用文章：%1</translation>
    </message>
</context>
<context>
    <name>sd::TicketService</name>
    <message>
        <source>the ticket needs a subject</source>
        <translation>工单必须填写主题</translation>
    </message>
    <message>
        <source>the subject is longer than 200 characters</source>
        <translation>主题不能超过 200 个字符</translation>
    </message>
    <message>
        <source>choose a customer or give a contact name or phone</source>
        <translation>请选择客户，或填写联系人姓名或电话</translation>
    </message>
    <message>
        <source>unknown complaint cause; use one of %1</source>
        <translation>未知的投诉原因；请使用以下之一：%1</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation>未知的团队“%1”</translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation>客户 %1 不存在</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; is not configured</source>
        <translation>未配置工作日历“%1”</translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation>没有适用于客户等级“%1”、优先级 %2 的 SLA 策略</translation>
    </message>
    <message>
        <source>a ticket cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>工单不能从“%1”变为“%2”</translation>
    </message>
    <message>
        <source>describe the solution before resolving the ticket</source>
        <translation>解决工单前请先填写解决方案</translation>
    </message>
    <message>
        <source>user %1 is not an active user</source>
        <translation>用户 %1 未启用</translation>
    </message>
    <message>
        <source>only an open ticket can be escalated</source>
        <translation>只能升级未结工单</translation>
    </message>
    <message>
        <source>the ticket is already at the highest support level (L3)</source>
        <translation>工单已处于最高支持级别（L3）</translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation>备注或回复内容不能为空</translation>
    </message>
    <message>
        <source>the satisfaction score must be from 1 to 5</source>
        <translation>满意度评分必须在 1 到 5 之间</translation>
    </message>
    <message>
        <source>satisfaction is recorded once the ticket is resolved</source>
        <translation>工单解决后才能记录满意度</translation>
    </message>
    <message>
        <source>choose the complaint&apos;s cause and save before resolving it</source>
        <translation>解决投诉前请先选择投诉原因并保存</translation>
    </message>
    <message>
        <source>complaint %1 is at &quot;%2&quot;: verify it, handle it and give the customer feedback before closing it</source>
        <translation>投诉 %1 处于“%2”阶段：结案前须先核实、处理并向客户反馈</translation>
    </message>
    <message>
        <source>each satisfaction score must be from 1 to 5</source>
        <translation>每一项满意度评分都须在 1 至 5 之间</translation>
    </message>
    <message>
        <source>say what the customer reports is still wrong</source>
        <translation>请说明客户反馈仍存在的问题</translation>
    </message>
    <message>
        <source>ticket %1 is %2: the customer&apos;s answer is recorded before resolving</source>
        <translation>工单 %1 已是“%2”：客户的答复应在解决前记录</translation>
    </message>
    <message>
        <source>the ticket was assigned meanwhile</source>
        <translation>该工单已被他人分派</translation>
    </message>
    <message>
        <source>nobody in the team is free</source>
        <translation>团队中没有可接单的人</translation>
    </message>
    <message>
        <source>the customer&apos;s reply is empty</source>
        <translation>客户回复为空</translation>
    </message>
    <message>
        <source>enter the number of the other ticket</source>
        <translation>请输入另一张工单的工单号</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>没有工单 %1</translation>
    </message>
    <message>
        <source>%1 is this ticket: choose another one</source>
        <translation>%1 就是本工单：请选择另一张</translation>
    </message>
    <message>
        <source>%1 and %2 belong to different offices: only tickets of one office can be tied together</source>
        <translation>%1 和 %2 属于不同的机构：只有同一机构的工单才能关联</translation>
    </message>
    <message>
        <source>ticket %1 was merged into %2: work on %2</source>
        <translation>工单 %1 已合并到 %2：请在 %2 上处理</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked</source>
        <translation>%1 和 %2 已经关联</translation>
    </message>
    <message>
        <source>this link was already removed</source>
        <translation>此关联已被取消</translation>
    </message>
    <message>
        <source>a merge or a split stays recorded: only related tickets can be unlinked</source>
        <translation>合并和拆分会一直保留记录：只有“相关”关联可以取消</translation>
    </message>
    <message>
        <source>Merged into %1 as a duplicate.</source>
        <translation>作为重复工单合并到 %1。</translation>
    </message>
    <message>
        <source>%1 is a complaint: a complaint is closed through its own path, not merged</source>
        <translation>%1 是投诉：投诉须按投诉流程结案，不能合并</translation>
    </message>
    <message>
        <source>ticket %1 is %2: only open tickets are merged (reopen it first)</source>
        <translation>工单 %1 的状态为“%2”：只能合并未结工单（请先重新打开）</translation>
    </message>
    <message>
        <source>%1 belongs to office %2: split it there, where its new ticket is numbered</source>
        <translation>%1 属于机构 %2：请在该机构拆分，新工单在那里编号</translation>
    </message>
</context>
<context>
    <name>sd::TicketStore</name>
    <message>
        <source>ticket %1 does not exist</source>
        <translation>工单 %1 不存在</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2 after you opened it; reload to see their changes</source>
        <translation>您打开此工单后，%1 于 %2 修改了它；请重新加载以查看其修改</translation>
    </message>
    <message>
        <source>ticket number %1 is already taken</source>
        <translation>工单号 %1 已被占用</translation>
    </message>
</context>
<context>
    <name>sd::TicketText</name>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>complaint cause</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <source>75 % of the first-response time was used up</source>
        <translation>首次响应时间已用去 75%</translation>
    </message>
    <message>
        <source>the first-response deadline was missed</source>
        <translation>已超过首次响应截止时间</translation>
    </message>
    <message>
        <source>75 % of the resolution time was used up</source>
        <translation>解决时间已用去 75%</translation>
    </message>
    <message>
        <source>the resolution deadline was missed</source>
        <translation>已超过解决截止时间</translation>
    </message>
</context>
<context>
    <name>sd::TimelineView</name>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>No history yet. It starts when the ticket is saved.</source>
        <translation>暂无处理记录。工单保存后开始记录。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>SLA 预警</translation>
    </message>
    <message>
        <source>Created the ticket %1.</source>
        <translation>创建了工单 %1。</translation>
    </message>
    <message>
        <source>Replied to the customer: %1</source>
        <translation>回复了客户：%1</translation>
    </message>
    <message>
        <source>Added an internal note: %1</source>
        <translation>添加了内部备注：%1</translation>
    </message>
    <message>
        <source>Handed the ticket to team %1.</source>
        <translation>将工单转交给团队“%1”。</translation>
    </message>
    <message>
        <source>Moved the ticket from team %1 to %2.</source>
        <translation>将工单从团队“%1”转至“%2”。</translation>
    </message>
    <message>
        <source>Changed the priority from %1 to %2.</source>
        <translation>将优先级从“%1”改为“%2”。</translation>
    </message>
    <message>
        <source>Escalated the ticket from %1 to %2.</source>
        <translation>将工单从“%1”升级至“%2”。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changed the %1 from “%2” to “%3”.</source>
        <translation>将%1从“%2”改为“%3”。</translation>
    </message>
    <message>
        <source>The customer&apos;s tier changed from %1 to %2; the SLA follows the new tier.</source>
        <translation>客户等级由“%1”变为“%2”，SLA 按新等级执行。</translation>
    </message>
    <message>
        <source>Recorded “%1”.</source>
        <translation>记录了“%1”。</translation>
    </message>
    <message>
        <source>Changed the status from %1 to %2.</source>
        <translation>将状态从“%1”改为“%2”。</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Removed %1 as assignee.</source>
        <translation>取消了 %1 的处理人分派。</translation>
    </message>
    <message>
        <source>Assigned the ticket to %1.</source>
        <translation>将工单分派给 %1。</translation>
    </message>
    <message>
        <source>Reassigned the ticket from %1 to %2.</source>
        <translation>将工单从 %1 改派给 %2。</translation>
    </message>
    <message>
        <source>75 % of the first-response time is used up.</source>
        <translation>首次响应时限已用去 75%。</translation>
    </message>
    <message>
        <source>75 % of the resolution time is used up.</source>
        <translation>解决时限已用去 75%。</translation>
    </message>
    <message>
        <source>The first-response deadline was missed.</source>
        <translation>已超过首次响应截止时间。</translation>
    </message>
    <message>
        <source>The resolution deadline was missed.</source>
        <translation>已超过解决截止时间。</translation>
    </message>
    <message>
        <source>Recorded customer satisfaction: %1 of 5.</source>
        <translation>记录了客户满意度：%1 分（满分 5 分）。</translation>
    </message>
    <message>
        <source>Changed customer satisfaction from %1 to %2 of 5.</source>
        <translation>将客户满意度从 %1 分改为 %2 分（满分 5 分）。</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Reply to the customer (recorded, not sent)</source>
        <translation>对客户的回复（已记录，未发送）</translation>
    </message>
    <message>
        <source>Complaint: %1 → %2.</source>
        <translation>投诉：%1 → %2。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>核实依据</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Voided a cost line: %1, %2.</source>
        <translation>作废了一行成本：%1，%2。</translation>
    </message>
    <message>
        <source>Recorded a cost: %1, %2 (the customer pays %3).</source>
        <translation>记录了成本：%1，%2（客户支付 %3）。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Timeliness %1, professionalism %2, attitude %3.</source>
        <translation>及时性 %1，专业性 %2，服务态度 %3。</translation>
    </message>
    <message>
        <source>The customer confirmed the fix.</source>
        <translation>客户确认问题已修复。</translation>
    </message>
    <message>
        <source>The customer says it is not fixed; the ticket goes back to In progress.</source>
        <translation>客户反馈未修复，工单退回处理中。</translation>
    </message>
    <message>
        <source>Still wrong</source>
        <translation>仍存在的问题</translation>
    </message>
    <message>
        <source>Visit %1 scheduled: %2, %3.</source>
        <translation>已安排第 %1 次上门：%2，%3。</translation>
    </message>
    <message>
        <source>Visit %1 rescheduled: %2, %3.</source>
        <translation>第 %1 次上门已改约：%2，%3。</translation>
    </message>
    <message>
        <source>Visit %1: %2 → %3.</source>
        <translation>第 %1 次上门：%2 → %3。</translation>
    </message>
    <message>
        <source>Technician&apos;s notes</source>
        <translation>技术员记录</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>完成的工作</translation>
    </message>
    <message>
        <source>The customer agreed to version %1 of the plan (%2): %3.</source>
        <translation>客户同意第 %1 版方案（%2）：%3。</translation>
    </message>
    <message>
        <source>Solution plan version %1 proposed: estimate %2, the customer pays %3.</source>
        <translation>已提出第 %1 版解决方案：预估费用 %2，客户支付 %3。</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Assigned the ticket to %1 automatically (the team&apos;s rule: %2).</source>
        <translation>已自动分派给%1（团队规则：%2）。</translation>
    </message>
    <message>
        <source>Customer&apos;s reply</source>
        <translation>客户回复</translation>
    </message>
    <message>
        <source>The customer said: %1</source>
        <translation>客户反馈：%1</translation>
    </message>
    <message>
        <source>the supervisors of team %1 were notified</source>
        <translation>已通知团队“%1”的主管</translation>
    </message>
    <message>
        <source>the support level was raised</source>
        <translation>已提升支持级别</translation>
    </message>
    <message>
        <source>Escalation rule (%1): %2.</source>
        <translation>升级规则（%1）：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 · %2 · on the duplicate %3</source>
        <translation>%1 · %2 · 来自重复工单 %3</translation>
    </message>
    <message>
        <source>Linked this ticket to %1 as related.</source>
        <translation>已将本工单与 %1 关联为相关工单。</translation>
    </message>
    <message>
        <source>Removed the link to %1.</source>
        <translation>已取消与 %1 的关联。</translation>
    </message>
    <message>
        <source>Merged this ticket into %1 as a duplicate; the work goes on there.</source>
        <translation>已将本工单作为重复工单合并到 %1，后续在该工单上处理。</translation>
    </message>
    <message>
        <source>Merged the duplicate %1 into this ticket; its timeline is shown here.</source>
        <translation>已将重复工单 %1 合并到本工单，其处理记录显示在此。</translation>
    </message>
    <message>
        <source>Split a second matter off into the new ticket %1.</source>
        <translation>已将另一件事拆分到新工单 %1。</translation>
    </message>
    <message>
        <source>Split off from %1.</source>
        <translation>拆分自 %1。</translation>
    </message>
    <message>
        <source>Removed the attachment %1 (%2).</source>
        <translation>移除了附件 %1（%2）。</translation>
    </message>
    <message>
        <source>Attached %1 (%2).</source>
        <translation>添加了附件 %1（%2）。</translation>
    </message>
    <message>
        <source>Removed the attachment %1 (%2) of visit %3.</source>
        <translation>移除了第 %3 次上门的附件 %1（%2）。</translation>
    </message>
    <message>
        <source>Attached %1 (%2) to visit %3.</source>
        <translation>为第 %3 次上门添加了附件 %1（%2）。</translation>
    </message>
    <message>
        <source>Return visit (%1): the customer could not be reached (attempt %2); to be tried again.</source>
        <translation>回访（%1）：未能联系上客户（第 %2 次尝试），将再次尝试。</translation>
    </message>
    <message>
        <source>Return visit (%1): %2.</source>
        <translation>回访（%1）：%2。</translation>
    </message>
    <message>
        <source>The customer said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Drawn for a quality review.</source>
        <translation>抽中质检。</translation>
    </message>
    <message>
        <source>Taken for a calibration review: several inspectors score it, out of every figure.</source>
        <translation>选作校准质检：由多名质检员评分，不计入任何指标。</translation>
    </message>
    <message>
        <source>Quality reviewed: score %1.</source>
        <translation>已质检：得分 %1。</translation>
    </message>
    <message>
        <source>Quality reviewed.</source>
        <translation>已质检。</translation>
    </message>
    <message>
        <source>Quality reviewed: failed on a critical criterion, score 0.</source>
        <translation>已质检：关键项不合格，得分 0。</translation>
    </message>
    <message>
        <source>The agent acknowledged the quality review.</source>
        <translation>坐席已确认质检结果。</translation>
    </message>
    <message>
        <source>The agent disputed the quality review.</source>
        <translation>坐席对质检结果提出申诉。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The agent took the quality review to a supervisor.</source>
        <translation>坐席将质检结果提交主管复核。</translation>
    </message>
    <message>
        <source>Answered the dispute; the score stays.</source>
        <translation>已答复申诉，维持评分。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered the dispute on the quality review.</source>
        <translation>已答复质检申诉。</translation>
    </message>
    <message>
        <source>Answered the dispute and revised the score to %1.</source>
        <translation>已答复申诉，评分改为 %1。</translation>
    </message>
    <message>
        <source>Wrote the knowledge-base article “%1” from this ticket.</source>
        <translation>根据本工单撰写了知识库文章“%1”。</translation>
    </message>
    <message>
        <source>Used the knowledge-base article “%1” in a reply.</source>
        <translation>在回复中引用了知识库文章“%1”。</translation>
    </message>
</context>
<context>
    <name>sd::UserAdmin</name>
    <message>
        <source>a login is 2 to 40 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>登录名由 2 到 40 个小写字母、数字、“.”、“_”或“-”组成，须以字母或数字开头</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation>未知的团队“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last administrator who can sign in</source>
        <translation>“%1”是最后一个可以登录的管理员</translation>
    </message>
    <message>
        <source>the login &quot;%1&quot; is taken</source>
        <translation>登录名“%1”已被占用</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
</context>
<context>
    <name>sd::UserAdminDialog</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>尚未设置密码</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>sd::UserDirectory</name>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>用户“%1”不存在</translation>
    </message>
</context>
<context>
    <name>sd::UserEditDialog</name>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>sd::VisitDialog</name>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Reschedule visit %1</source>
        <translation>第 %1 次上门改约</translation>
    </message>
    <message>
        <source>Send a technician</source>
        <translation>派技术员上门</translation>
    </message>
    <message>
        <source>Choose a technician</source>
        <translation>选择技术员</translation>
    </message>
    <message>
        <source>One per line, e.g. compressor capacitor ×1</source>
        <translation>每行一项，例如：压缩机电容 ×1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>技术员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Appointment (&amp;day, from, to):</source>
        <translation>预约（日期(&amp;D)、开始、结束）：</translation>
    </message>
    <message>
        <source>Time &amp;zone of the visit:</source>
        <translation>上门地点时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Parts to bring:</source>
        <translation>需带配件(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;ools to bring:</source>
        <translation>需带工具(&amp;O)：</translation>
    </message>
    <message>
        <source>Tra&amp;vel (distance, time):</source>
        <translation>路程（距离、时间）(&amp;V)：</translation>
    </message>
    <message>
        <source>Choose the technician to send.</source>
        <translation>请选择要派出的技术员。</translation>
    </message>
    <message>
        <source>Give the address of the visit.</source>
        <translation>请填写上门地址。</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>预约结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
</context>
<context>
    <name>sd::VisitPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · overlaps another visit</source>
        <translation>%1 · 与另一次上门时间重叠</translation>
    </message>
    <message>
        <source>Technician visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>&amp;Send a technician…</source>
        <translation>派技术员上门(&amp;S)…</translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>改约(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>回报进展(&amp;P)…</translation>
    </message>
    <message>
        <source>Cancel the visit…</source>
        <translation>取消上门…</translation>
    </message>
    <message>
        <source>Work-order s&amp;heet…</source>
        <translation>派工单(&amp;H)…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Visit %1 could not be completed (%2): send a technician again.</source>
        <translation>第 %1 次上门未能完成（%2）：请再次派技术员上门。</translation>
    </message>
    <message>
        <source>Technician visits (%1)</source>
        <translation>上门服务（%1）</translation>
    </message>
    <message>
        <source>Quality inspectors do not send technicians.</source>
        <translation>质检员不派技术员上门。</translation>
    </message>
    <message>
        <source>Reopen the ticket to send a technician.</source>
        <translation>请先重新打开工单，再派技术员上门。</translation>
    </message>
    <message>
        <source>Saved. %1 has another visit in this window: check the day&apos;s visits.</source>
        <translation>已保存。%1 在此时段还有另一次上门：请查看当天的上门安排。</translation>
    </message>
    <message>
        <source>Cancel visit %1</source>
        <translation>取消第 %1 次上门</translation>
    </message>
    <message>
        <source>Why is the visit cancelled? (required)</source>
        <translation>为什么取消上门？（必填）</translation>
    </message>
    <message>
        <source>work-order-%1-visit-%2.pdf</source>
        <translation>派工单-%1-第%2次.pdf</translation>
    </message>
    <message>
        <source>Save the work-order sheet</source>
        <translation>保存派工单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sd::VisitReportDialog</name>
    <message>
        <source>Report on visit %1</source>
        <translation>回报第 %1 次上门</translation>
    </message>
    <message>
        <source>Visit %1 is %2. What happened?</source>
        <translation>第 %1 次上门目前为“%2”。进展如何？</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>选择原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Work done (required):</source>
        <translation>完成的工作(&amp;W)（必填）：</translation>
    </message>
    <message>
        <source>&amp;What happened (required):</source>
        <translation>发生了什么(&amp;W)（必填）：</translation>
    </message>
    <message>
        <source>&amp;Notes (optional):</source>
        <translation>备注(&amp;N)（选填）：</translation>
    </message>
</context>
<context>
    <name>sd::VisitService</name>
    <message>
        <source>choose an active technician to send</source>
        <translation>请选择一名在职的技术员</translation>
    </message>
    <message>
        <source>give the address of the visit</source>
        <translation>请填写上门地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation>“%1”不是已知的时区</translation>
    </message>
    <message>
        <source>the appointment must end after it starts, within a day</source>
        <translation>预约结束时间必须晚于开始时间，且在一天之内</translation>
    </message>
    <message>
        <source>travel must be from 0 to %1</source>
        <translation>路程必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>ticket %1 is %2: reopen it before sending a technician</source>
        <translation>工单 %1 已是“%2”：请先重新打开，再派技术员上门</translation>
    </message>
    <message>
        <source>visit %1 of %2 is %3: only a visit that has not started can be rescheduled; schedule a new one</source>
        <translation>工单 %2 的第 %1 次上门已是“%3”：只有尚未开始的上门才能改约；请另行安排一次</translation>
    </message>
    <message>
        <source>say why the visit is cancelled</source>
        <translation>请说明取消上门的原因</translation>
    </message>
    <message>
        <source>visit %1 of %2 is %3 and can no longer be cancelled</source>
        <translation>工单 %2 的第 %1 次上门已是“%3”，不能再取消</translation>
    </message>
    <message>
        <source>visit %1 of %2 is %3&apos;s: only the technician sent, a supervisor or an administrator reports on it</source>
        <translation>工单 %2 的第 %1 次上门由 %3 负责：只有被派出的技术员、主管或管理员可以回报</translation>
    </message>
    <message>
        <source>visit %1 of %2 cannot go from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>工单 %2 的第 %1 次上门不能从“%3”变为“%4”</translation>
    </message>
    <message>
        <source>say why the visit cannot be completed</source>
        <translation>请说明无法完成的原因</translation>
    </message>
    <message>
        <source>describe the work done</source>
        <translation>请描述完成的工作</translation>
    </message>
    <message>
        <source>describe what happened</source>
        <translation>请描述发生的情况</translation>
    </message>
    <message>
        <source>visit %1 of %2 was changed by someone else meanwhile; look at it again and repeat the change</source>
        <translation>工单 %2 的第 %1 次上门已被他人修改；请重新查看后再修改</translation>
    </message>
    <message>
        <source>visit %1 does not exist</source>
        <translation>上门记录 %1 不存在</translation>
    </message>
</context>
<context>
    <name>sd::VisitSheet</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Work order %1, visit %2</source>
        <translation>派工单 %1 第 %2 次上门</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写出 PDF。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Ticket %1 · visit %2</source>
        <translation>工单 %1 · 第 %2 次上门</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1（序列号 %2）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Parts to bring</source>
        <translation>需带配件</translation>
    </message>
    <message>
        <source>Tools to bring</source>
        <translation>需带工具</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <source>Technician&apos;s notes</source>
        <translation>技术员记录</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>使用配件</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>By signing, the customer confirms the visit took place and the work described above was done.</source>
        <translation>客户签字即确认技术员已上门，并已完成上述工作。</translation>
    </message>
</context>
<context>
    <name>sd::VisitsPage</name>
    <message>
        <source>Technicians&apos; visits</source>
        <translation>技术员上门安排</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>技术员：</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <source>No visits on this day.</source>
        <translation>当天没有上门安排。</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>上门：%1 次</translation>
    </message>
    <message>
        <source>overlapping another visit of the same technician: %1</source>
        <translation>与同一技术员其他上门时间重叠：%1 次</translation>
    </message>
    <message>
        <source>%1 · visit %2</source>
        <translation>%1 · 第 %2 次</translation>
    </message>
    <message>
        <source>more are not shown: choose a technician</source>
        <translation>还有更多未显示：请选择技术员</translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>this configuration demotes or deactivates every administrator who can sign in; keep at least one</source>
        <translation>此配置会把所有可登录的管理员降级或停用；请至少保留一个</translation>
    </message>
    <message>
        <source>this office&apos;s configuration comes from head office: change how the team&apos;s tickets are assigned there</source>
        <translation>本机构的配置来自总部：请在总部更改团队的工单分派方式</translation>
    </message>
</context>
<context>
    <name>sdctl</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>需要 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;sdctl %1 --help&apos;.</source>
        <translation>请运行 &apos;sdctl %1 --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>Imported %1: %2 calendars, %3 tiers, %4 SLA policies, %5 teams, %6 users</source>
        <translation>已导入 %1：%2 个工作日历、%3 个客户等级、%4 条 SLA 策略、%5 个团队、%6 个用户</translation>
    </message>
    <message>
        <source>Exported the configuration to %1</source>
        <translation>已将配置导出到 %1</translation>
    </message>
    <message>
        <source>config import FILE: replaces calendars, tiers, SLA policies and teams and adds or updates users from FILE; a file with any error changes nothing.
config export FILE: writes the current configuration to FILE.</source>
        <translation>config import FILE：用 FILE 中的内容替换工作日历、客户等级、SLA 策略和团队，并新增或更新用户；文件中只要有错误，就不做任何更改。
config export FILE：将当前配置写入 FILE。</translation>
    </message>
    <message>
        <source>The configuration JSON file.</source>
        <translation>配置 JSON 文件。</translation>
    </message>
    <message>
        <source>use: sdctl config import|export FILE</source>
        <translation>用法：sdctl config import|export FILE</translation>
    </message>
    <message>
        <source>Creates the database (or upgrades an older one) and seeds the default configuration.</source>
        <translation>创建数据库（或升级旧版数据库），并写入默认配置。</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>数据库已就绪：%1</translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation>旧版本的备份：%1</translation>
    </message>
    <message>
        <source>Prints the schema version and SQLite&apos;s integrity check.</source>
        <translation>显示数据库结构版本和 SQLite 完整性检查结果。</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Applies the tier rule (last 12 months&apos; purchases) to every customer whose tier is not locked.</source>
        <translation>对所有未锁定客户等级的客户应用等级规则（依据最近 12 个月的购买记录）。</translation>
    </message>
    <message>
        <source>use: sdctl tiers recompute [--db PATH]</source>
        <translation>用法：sdctl tiers recompute [--db PATH]</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier</source>
        <translation>
            <numerusform>%n 个客户的等级已变更</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: give a whole number of 0 or more</source>
        <translation>--%1：请输入大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>Fills an empty database with a year of realistic, deterministic demo data.</source>
        <translation>向空数据库填充一年逼真且可复现的演示数据。</translation>
    </message>
    <message>
        <source>Number of tickets.</source>
        <translation>工单数量。</translation>
    </message>
    <message>
        <source>Number of customers (default: tickets / 8).</source>
        <translation>客户数量（默认：工单数量 / 8）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>Do nothing if the database file already exists.</source>
        <translation>数据库文件已存在时不做任何操作。</translation>
    </message>
    <message>
        <source>%1 exists; no demo data added</source>
        <translation>%1 已存在；未添加演示数据</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Created %1 tickets in %2 s: %3</source>
        <translation>用时 %2 秒，创建了 %1 个工单：%3</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 instant with an offset or Z (e.g. 2026-10-08T09:30:00+08:00)</source>
        <translation>--%1：“%2”不是带时区偏移或 Z 的 ISO 8601 时间点（例如 2026-10-08T09:30:00+08:00）</translation>
    </message>
    <message>
        <source>--minutes: &quot;%1&quot; is not a whole number of minutes (0 or more)</source>
        <translation>--minutes：“%1”不是有效的分钟数（应为大于或等于 0 的整数）</translation>
    </message>
    <message>
        <source>the calendar has not enough working time to reach this target</source>
        <translation>工作日历中的工作时间不足以达到此时限</translation>
    </message>
    <message>
        <source>Calendar JSON file.</source>
        <translation>工作日历 JSON 文件。</translation>
    </message>
    <message>
        <source>Start instant (sla due).</source>
        <translation>起始时间点（sla due）。</translation>
    </message>
    <message>
        <source>Target in business minutes (sla due).</source>
        <translation>时限，以工作分钟计（sla due）。</translation>
    </message>
    <message>
        <source>Start instant (sla elapsed).</source>
        <translation>起始时间点（sla elapsed）。</translation>
    </message>
    <message>
        <source>End instant (sla elapsed).</source>
        <translation>结束时间点（sla elapsed）。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PRI</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>--queue: unknown queue &quot;%1&quot;; use open, mine, unassigned, at-risk, breached, pending, pending-customer, resolved or all</source>
        <translation>--queue：未知的队列“%1”；请使用 open、mine、unassigned、at-risk、breached、pending、pending-customer、resolved 或 all</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;; use due, number, created, updated, priority, status or resolved</source>
        <translation>--sort：未知的列“%1”；请使用 due、number、created、updated、priority、status 或 resolved</translation>
    </message>
    <message>
        <source>--limit: give a positive number</source>
        <translation>--limit：请输入正整数</translation>
    </message>
    <message>
        <source>%1 of %2 ticket(s)</source>
        <translation>显示 %1 个，共 %2 个工单</translation>
    </message>
    <message>
        <source>tickets list: shows a queue.
tickets search TEXT: finds tickets by number, phone, or words of subject, description or customer name.</source>
        <translation>tickets list：显示一个队列。
tickets search TEXT：按工单号、电话，或主题、描述、客户名称中的词语查找工单。</translation>
    </message>
    <message>
        <source>open, mine, unassigned, at-risk, breached, pending, pending-customer, resolved, all (default: open; all for search).</source>
        <translation>open、mine、unassigned、at-risk、breached、pending、pending-customer、resolved、all（默认：open；search 时为 all）。</translation>
    </message>
    <message>
        <source>due, number, created, updated, priority, status, resolved.</source>
        <translation>due、number、created、updated、priority、status、resolved。</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>降序排列。</translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation>最多显示 N 个工单。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <source>create or upgrade a database</source>
        <translation>创建或升级数据库</translation>
    </message>
    <message>
        <source>print schema version and integrity</source>
        <translation>显示结构版本和完整性</translation>
    </message>
    <message>
        <source>import or export the configuration (JSON)</source>
        <translation>导入或导出配置（JSON）</translation>
    </message>
    <message>
        <source>compute due times and business time with a calendar</source>
        <translation>按工作日历计算到期时间和工作时长</translation>
    </message>
    <message>
        <source>apply the tier rule to all customers</source>
        <translation>对所有客户应用等级规则</translation>
    </message>
    <message>
        <source>fill a database with realistic demo data</source>
        <translation>向数据库填充逼真的演示数据</translation>
    </message>
    <message>
        <source>Usage: sdctl COMMAND [options]   (sdctl COMMAND --help for details)</source>
        <translation>用法：sdctl COMMAND [options]   （运行 sdctl COMMAND --help 查看详情）</translation>
    </message>
    <message>
        <source>sdctl: unknown command &quot;%1&quot;</source>
        <translation>sdctl：未知命令“%1”</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use: tickets</source>
        <translation>未知的类型“%1”；请使用：tickets</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>……另有 %1 个问题</translation>
    </message>
    <message>
        <source>%1 rows read (%2): %3 good, %4 with problems; nothing written</source>
        <translation>已读取 %1 行（%2）：%3 行正确，%4 行有问题；未写入任何内容</translation>
    </message>
    <message>
        <source>Nothing imported: %1 of %2 rows have problems. Fix them, or import the good rows with --skip-bad REJECTS.csv.</source>
        <translation>未导入任何内容：%2 行中有 %1 行存在问题。请修正后重试，或使用 --skip-bad REJECTS.csv 只导入正确的行。</translation>
    </message>
    <message>
        <source>Imported %1 tickets (%2) in %3 s</source>
        <translation>用时 %3 秒，导入了 %1 个工单（%2）</translation>
    </message>
    <message>
        <source>%1 rows left out</source>
        <translation>跳过了 %1 行</translation>
    </message>
    <message>
        <source>%1 rows left out, written with their reason to %2</source>
        <translation>跳过了 %1 行，已连同原因写入 %2</translation>
    </message>
    <message>
        <source>Imports tickets from a CSV file (header row; columns: number, customer, tier, channel, category, priority, subject, assignee, team, created_at, first_response_at, resolved_at, closed_at, reopen_count, agent_replies, csat). Nothing is imported if any row is bad, unless --skip-bad is given.
Usage: sdctl import tickets FILE.csv</source>
        <translation>从 CSV 文件导入工单（首行为表头；列：number, customer, tier, channel, category, priority, subject, assignee, team, created_at, first_response_at, resolved_at, closed_at, reopen_count, agent_replies, csat）。只要有一行有误就不导入任何内容，除非指定 --skip-bad。
用法：sdctl import tickets FILE.csv</translation>
    </message>
    <message>
        <source>utf-8 or gb18030 (default: detected).</source>
        <translation>utf-8 或 gb18030（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones with a reason column to REJECTS.</source>
        <translation>导入正确的行；将有误的行连同原因列写入 REJECTS。</translation>
    </message>
    <message>
        <source>Check every row as an import would, and write nothing.</source>
        <translation>按导入规则检查每一行，但不写入任何内容。</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exports all tickets to a CSV file that &apos;sdctl import tickets&apos; reads back (UTF-8 with BOM).
Usage: sdctl export tickets FILE.csv</source>
        <translation>将所有工单导出为 CSV 文件（带 BOM 的 UTF-8），可用 &apos;sdctl import tickets&apos; 重新导入。
用法：sdctl export tickets FILE.csv</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1 tickets to %2 in %3 s</source>
        <translation>用时 %3 秒，已将 %1 个工单导出到 %2</translation>
    </message>
    <message>
        <source>--%1: unknown value &quot;%2&quot;; use one of %3</source>
        <translation>--%1：未知的值“%2”；请使用以下之一：%3</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &quot;%1&quot;</source>
        <translation>--tz：未知的时区“%1”</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD) or an instant with an offset</source>
        <translation>--%1：“%2”既不是日期（YYYY-MM-DD），也不是带时区偏移的时间点</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to 必须晚于 --from</translation>
    </message>
    <message>
        <source>--bucket: use day, week or month</source>
        <translation>--bucket：请使用 day、week 或 month</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, 00:00 in --tz) or an instant.</source>
        <translation>第一天（YYYY-MM-DD，从 --tz 时区的 00:00 起算）或一个时间点。</translation>
    </message>
    <message>
        <source>End of the period, exclusive.</source>
        <translation>周期结束（不含）。</translation>
    </message>
    <message>
        <source>Trend buckets: day, week or month (default: by period length).</source>
        <translation>趋势分组：day、week 或 month（默认：按周期长度自动选择）。</translation>
    </message>
    <message>
        <source>Only this %1 (a code).</source>
        <translation>仅统计指定的 %1（填写代码）。</translation>
    </message>
    <message>
        <source>json, csv or pdf.</source>
        <translation>json、csv 或 pdf。</translation>
    </message>
    <message>
        <source>Output file (default: standard output for json and csv).</source>
        <translation>输出文件（默认：json 和 csv 输出到标准输出）。</translation>
    </message>
    <message>
        <source>Computes the quality report of a period (figures, breakdowns, trend, top terms) as defined in the KPI definitions, without a display: for scheduled jobs.</source>
        <translation>按 KPI 定义计算某一周期的质量报表（指标、分组统计、趋势、高频词），无需图形界面，适用于定时任务。</translation>
    </message>
    <message>
        <source>--format: use json, csv or pdf</source>
        <translation>--format：请使用 json、csv 或 pdf</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE</source>
        <translation>--format pdf 需要同时指定 --out FILE</translation>
    </message>
    <message>
        <source>quality report of a period as JSON, CSV or PDF</source>
        <translation>生成某一周期的质量报表（JSON、CSV 或 PDF）</translation>
    </message>
    <message>
        <source>import ticket history from a CSV file</source>
        <translation>从 CSV 文件导入历史工单</translation>
    </message>
    <message>
        <source>export tickets to a CSV file</source>
        <translation>将工单导出为 CSV 文件</translation>
    </message>
    <message>
        <source>%1 ticket(s) got SLA warnings or breaches on their timeline</source>
        <translation>%1 个工单的处理记录新增了 SLA 预警或超时</translation>
    </message>
    <message>
        <source>use: sdctl sla due|elapsed --calendar FILE ... or sdctl sla sweep</source>
        <translation>用法：sdctl sla due|elapsed --calendar FILE ... 或 sdctl sla sweep</translation>
    </message>
    <message>
        <source>Usage: sdctl %1 %2   (then --help for its options)</source>
        <translation>用法：sdctl %1 %2   （再加 --help 查看选项）</translation>
    </message>
    <message>
        <source>this database cannot be changed here: the file or its folder is read-only for this user</source>
        <translation>无法在此修改该数据库：对当前用户而言，该文件或其所在文件夹是只读的</translation>
    </message>
    <message>
        <source>Time zone of dates and trend buckets (default: the office&apos;s, from the configuration).</source>
        <translation>日期和趋势分组所用的时区（默认：配置中本公司的时区）。</translation>
    </message>
    <message>
        <source>Creates the office&apos;s database on a PostgreSQL server (unless it exists), its schema and the default configuration. ADDRESS is postgresql://user@host:port/database; the user becomes the database&apos;s owner and needs the right to create databases. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>在 PostgreSQL 服务器上创建本单位的数据库（如尚不存在）、表结构和默认配置。ADDRESS 写成 postgresql://用户@主机:端口/数据库；该用户成为数据库的所有者，需要有创建数据库的权限。密码取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>the server database to set up</source>
        <translation>要建立的服务器数据库</translation>
    </message>
    <message>
        <source>use: sdctl server init postgresql://user@host:port/database</source>
        <translation>用法：sdctl server init postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>Created the database %1 on the server.</source>
        <translation>已在服务器上创建数据库 %1。</translation>
    </message>
    <message>
        <source>The database %1 was there already; its schema is up to date.</source>
        <translation>数据库 %1 已存在；其表结构已是最新。</translation>
    </message>
    <message>
        <source>set up the office&apos;s database on a PostgreSQL server</source>
        <translation>在 PostgreSQL 服务器上建立本单位的数据库</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (default: $SD_USER, else the system user name); the password comes from the file named by $SD_PASSWORD_FILE or a prompt.</source>
        <translation>以 LOGIN 登录（默认：$SD_USER，否则为系统用户名）；密码取自 $SD_PASSWORD_FILE 指定的文件，或在提示时输入。</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>no password given (input is not a terminal): name a file that holds it</source>
        <translation>未提供密码（输入不是终端）：请指定保存密码的文件</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Give every user without a password the public password &quot;demo1234&quot; (for trying the desk, never for real data).</source>
        <translation>为所有尚无密码的用户设置公开密码“demo1234”（仅用于试用，切勿用于真实数据）。</translation>
    </message>
    <message>
        <source>Every user without a password now signs in with the password &quot;demo1234&quot; (administrator: admin).</source>
        <translation>所有原先没有密码的用户现在可用密码“demo1234”登录（管理员：admin）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use %2</source>
        <translation>未知的角色“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Same password again: </source>
        <translation>再次输入相同密码：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>--skills: unknown category &quot;%1&quot;; use %2</source>
        <translation>--skills：未知的类别“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>%1 的密码已修改</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现在是%2</translation>
    </message>
    <message>
        <source>%1 can sign in again</source>
        <translation>%1 可以重新登录</translation>
    </message>
    <message>
        <source>%1 is deactivated</source>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <source>users list [--all]: the users.
users add LOGIN --role ROLE [--name N] [--team T] [--skills a,b]: adds a user.
users passwd LOGIN: sets a new password.
users role LOGIN ROLE [--team T]: changes role (and team).
users disable|enable LOGIN: stops or allows signing in.
users audit [--login L] [--limit N]: the audit log.
Managing users needs an administrator (see --user).</source>
        <translation>users list [--all]：列出用户。
users add LOGIN --role ROLE [--name N] [--team T] [--skills a,b]：添加用户。
users passwd LOGIN：设置新密码。
users role LOGIN ROLE [--team T]：更改角色（及团队）。
users disable|enable LOGIN：禁止或允许登录。
users audit [--login L] [--limit N]：查看审计日志。
管理用户需要管理员身份（见 --user）。</translation>
    </message>
    <message>
        <source>Also deactivated users.</source>
        <translation>同时列出已停用的用户。</translation>
    </message>
    <message>
        <source>The name shown on screens.</source>
        <translation>界面上显示的姓名。</translation>
    </message>
    <message>
        <source>agent, technician, inspector, supervisor or admin.</source>
        <translation>agent（坐席）、technician（技术员）、inspector（质检员）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>Team code.</source>
        <translation>团队代码。</translation>
    </message>
    <message>
        <source>Categories the user handles, comma-separated.</source>
        <translation>该用户处理的类别，用逗号分隔。</translation>
    </message>
    <message>
        <source>Read the new password from the first line of FILE (else it is asked twice).</source>
        <translation>从 FILE 的第一行读取新密码（否则提示输入两次）。</translation>
    </message>
    <message>
        <source>Audit entries of this login only.</source>
        <translation>只显示该登录名的审计记录。</translation>
    </message>
    <message>
        <source>At most N audit entries.</source>
        <translation>最多显示 N 条审计记录。</translation>
    </message>
    <message>
        <source>use: sdctl users list|add|passwd|role|disable|enable|audit ...</source>
        <translation>用法：sdctl users list|add|passwd|role|disable|enable|audit ...</translation>
    </message>
    <message>
        <source>add users, set passwords and roles, read the audit log</source>
        <translation>添加用户、设置密码和角色、查看审计日志</translation>
    </message>
    <message>
        <source>%1  version %2  %3  %4  %5</source>
        <translation>%1  版本 %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>%1 customers have the phone number %2; give a customer code</source>
        <translation>有 %1 个客户使用电话号码 %2；请给出客户编号</translation>
    </message>
    <message>
        <source>no customer has the code or phone number &quot;%1&quot;</source>
        <translation>没有客户的编号或电话号码是“%1”</translation>
    </message>
    <message>
        <source>--expect-version: give the ticket&apos;s version, a positive number</source>
        <translation>--expect-version：请给出工单的版本号（正整数）</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of %2</source>
        <translation>未知的状态“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>give the satisfaction score, 1 to 5</source>
        <translation>请给出满意度评分，1 到 5</translation>
    </message>
    <message>
        <source>Print the ticket as JSON.</source>
        <translation>以 JSON 输出工单。</translation>
    </message>
    <message>
        <source>Refuse the change unless the ticket is still at version N (what it was when read).</source>
        <translation>除非工单仍是版本 N（读取时的版本），否则拒绝修改。</translation>
    </message>
    <message>
        <source>Customer code, or a phone number of exactly one customer.</source>
        <translation>客户编号，或只属于一个客户的电话号码。</translation>
    </message>
    <message>
        <source>phone, email, web, chat, social, walkin.</source>
        <translation>phone（电话）、email（邮件）、web（网页表单）、chat（在线聊天）、social（社交媒体）、walkin（到店）。</translation>
    </message>
    <message>
        <source>inquiry, guidance, fault, complaint, suggestion, return.</source>
        <translation>inquiry（咨询）、guidance（使用指导）、fault（故障报修）、complaint（投诉）、suggestion（建议）、return（退换货）。</translation>
    </message>
    <message>
        <source>P1, P2, P3 or P4.</source>
        <translation>P1、P2、P3 或 P4。</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>描述。</translation>
    </message>
    <message>
        <source>Product.</source>
        <translation>产品。</translation>
    </message>
    <message>
        <source>Serial number.</source>
        <translation>序列号。</translation>
    </message>
    <message>
        <source>Contact&apos;s name.</source>
        <translation>联系人姓名。</translation>
    </message>
    <message>
        <source>Contact&apos;s phone.</source>
        <translation>联系人电话。</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail.</source>
        <translation>联系人邮箱。</translation>
    </message>
    <message>
        <source>The comment is a reply the customer sees (else an internal note).</source>
        <translation>该备注是客户可见的回复（否则为内部备注）。</translation>
    </message>
    <message>
        <source>Why the ticket is escalated.</source>
        <translation>升级工单的原因。</translation>
    </message>
    <message>
        <source>What solved it (required).</source>
        <translation>解决方案（必填）。</translation>
    </message>
    <message>
        <source>The customer&apos;s words with the score.</source>
        <translation>客户随评分给出的意见。</translation>
    </message>
    <message>
        <source>use: sdctl tickets list|search|create|show|update|comment|status|assign|escalate|resolve|csat ...</source>
        <translation>用法：sdctl tickets list|search|create|show|update|comment|status|assign|escalate|resolve|csat ...</translation>
    </message>
    <message>
        <source>list, search, create and work tickets</source>
        <translation>列出、搜索、新建和处理工单</translation>
    </message>
    <message>
        <source>Also create the first administrator, LOGIN, with the password from --password-file or a prompt.</source>
        <translation>同时创建第一个管理员 LOGIN，密码取自 --password-file 或在提示时输入。</translation>
    </message>
    <message>
        <source>The administrator&apos;s password: the first line of FILE.</source>
        <translation>管理员密码：FILE 的第一行。</translation>
    </message>
    <message>
        <source>Administrator %1 created; the server account is %2.</source>
        <translation>已创建管理员 %1；其服务器账户为 %2。</translation>
    </message>
    <message>
        <source>Desks connect with: --db %1 (and sign in with their login and password)</source>
        <translation>各坐席用以下参数连接：--db %1（再以各自的登录名和密码登录）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1 new records, %2 fields changed, %3 timeline events added, %4 new conflicts</source>
        <translation>新记录 %1 条，修改字段 %2 处，新增处理记录 %3 条，新冲突 %4 个</translation>
    </message>
    <message>
        <source>--office needs --to FILE, where the branch keeps its secret keys</source>
        <translation>--office 需要 --to FILE，即分支机构保存其私钥的文件</translation>
    </message>
    <message>
        <source>the file exists; keys are never overwritten</source>
        <translation>文件已存在；密钥从不覆盖</translation>
    </message>
    <message>
        <source>Keys of office %1 written to %2 (keep it secret). Head office registers this line (also in %3):</source>
        <translation>机构 %1 的密钥已写入 %2（请妥善保密）。总部登记下面这一行（也保存在 %3 中）：</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>This database is head office %1. Its public key (branches receive it in their seed file):</source>
        <translation>此数据库是总部 %1。其公钥（分支机构在初始文件中收到）：</translation>
    </message>
    <message>
        <source>Office %1 is registered (fingerprint %2). Next: sdctl sync export --for %1 --to FILE</source>
        <translation>机构 %1 已登记（指纹 %2）。下一步：sdctl sync export --for %1 --to FILE</translation>
    </message>
    <message>
        <source>name the file to write with --to FILE</source>
        <translation>请用 --to FILE 指定要写入的文件</translation>
    </message>
    <message>
        <source>Wrote %1: the seed that creates office %2&apos;s database (%3 bytes).</source>
        <translation>已写入 %1：用于创建机构 %2 数据库的初始文件（%3 字节）。</translation>
    </message>
    <message>
        <source>Wrote %1: changes for office %2, file number %3 (%4 bytes).</source>
        <translation>已写入 %1：发给机构 %2 的更改，文件编号 %3（%4 字节）。</translation>
    </message>
    <message>
        <source>a seed file creates a branch: name the branch&apos;s key file with --keys FILE</source>
        <translation>初始文件用于创建分支机构：请用 --keys FILE 指定该分支机构的密钥文件</translation>
    </message>
    <message>
        <source>the file exists; a branch is created in a new database file</source>
        <translation>文件已存在；分支机构须建在新的数据库文件中</translation>
    </message>
    <message>
        <source>Created branch office %1 from head office %2&apos;s seed: %3.</source>
        <translation>已根据总部 %2 的初始文件创建分支机构 %1：%3。</translation>
    </message>
    <message>
        <source>use: sdctl sync import FILE</source>
        <translation>用法：sdctl sync import FILE</translation>
    </message>
    <message>
        <source>Applied file %1 from office %2: %3.</source>
        <translation>已应用来自机构 %2 的文件 %1：%3。</translation>
    </message>
    <message>
        <source>name head office&apos;s database with --with (its file or postgresql:// address)</source>
        <translation>请用 --with 指定总部的数据库（其文件或 postgresql:// 地址）</translation>
    </message>
    <message>
        <source>Sent to %1: %2.</source>
        <translation>发往 %1：%2。</translation>
    </message>
    <message>
        <source>Received from %1: %2.</source>
        <translation>来自 %1：%2。</translation>
    </message>
    <message>
        <source>This database does not synchronise with other offices.</source>
        <translation>此数据库不与其他机构同步。</translation>
    </message>
    <message>
        <source>Head office %1, key fingerprint %2</source>
        <translation>总部 %1，密钥指纹 %2</translation>
    </message>
    <message>
        <source>Branch office %1, key fingerprint %2</source>
        <translation>分支机构 %1，密钥指纹 %2</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>WAITING TO BE SENT</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 changes, %2 timeline events</source>
        <translation>%1 处更改，%2 条处理记录</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>未处理的冲突：%1</translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation>（已由 %1 处理）</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>* the value in use until someone decides (sdctl sync resolve ID --keep here|there, or --value TEXT)</source>
        <translation>* 为待人决定前正在使用的值（sdctl sync resolve ID --keep here|there，或 --value 文本）</translation>
    </message>
    <message>
        <source>use: sdctl sync resolve ID --keep here|there, or --value TEXT</source>
        <translation>用法：sdctl sync resolve ID --keep here|there，或 --value 文本</translation>
    </message>
    <message>
        <source>Conflict #%1 resolved; the choice reaches the other offices with the next sync.</source>
        <translation>冲突 #%1 已处理；下次同步时其他机构将收到该选择。</translation>
    </message>
    <message>
        <source>Synchronises a branch office with head office (see docs/SYNC.md). Verbs: keys, register KEY, export --to FILE [--for OFFICE], import FILE, now --with DB, status, conflicts, resolve ID.</source>
        <translation>在分支机构与总部之间同步（见 docs/SYNC.md）。子命令：keys、register KEY、export --to FILE [--for OFFICE]、import FILE、now --with DB、status、conflicts、resolve ID。</translation>
    </message>
    <message>
        <source>keys | register | export | import | now | status | conflicts | resolve</source>
        <translation>keys | register | export | import | now | status | conflicts | resolve</translation>
    </message>
    <message>
        <source>keys: make a branch&apos;s keys for office CODE (with --to).</source>
        <translation>keys：为机构 CODE 生成分支机构密钥（配合 --to）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>export at head office: the branch office the file is for.</source>
        <translation>在总部 export：文件发给哪个分支机构。</translation>
    </message>
    <message>
        <source>export: the seed that creates the branch&apos;s database anew.</source>
        <translation>export：重新生成用于创建分支机构数据库的初始文件。</translation>
    </message>
    <message>
        <source>import of a seed: the branch&apos;s key file.</source>
        <translation>导入初始文件：分支机构的密钥文件。</translation>
    </message>
    <message>
        <source>now: head office&apos;s database (file or postgresql:// address).</source>
        <translation>now：总部的数据库（文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>conflicts: resolved ones too.</source>
        <translation>conflicts：同时列出已处理的冲突。</translation>
    </message>
    <message>
        <source>resolve: the right value, typed (text fields).</source>
        <translation>resolve：手动输入正确的值（文本字段）。</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; use keys, register, export, import, now, status, conflicts or resolve</source>
        <translation>未知的子命令“%1”；请使用 keys、register、export、import、now、status、conflicts 或 resolve</translation>
    </message>
    <message>
        <source>synchronise branch offices with head office</source>
        <translation>在分支机构与总部之间同步</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Same phone number %1:</source>
        <translation>相同电话号码 %1：</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 个工单</translation>
    </message>
    <message>
        <source>No duplicate candidates.</source>
        <translation>没有疑似重复的客户。</translation>
    </message>
    <message>
        <source>Merge one into another with: sdctl customers merge KEEP OTHER (customer codes)</source>
        <translation>合并方法：sdctl customers merge 保留的客户 另一个客户（客户编号）</translation>
    </message>
    <message>
        <source>use: sdctl customers merge KEEP OTHER (customer codes)</source>
        <translation>用法：sdctl customers merge KEEP OTHER（客户编号）</translation>
    </message>
    <message>
        <source>%1 merged into %2: its tickets and purchases are now %2&apos;s.</source>
        <translation>%1 已合并到 %2：其工单和购买记录现归 %2 所有。</translation>
    </message>
    <message>
        <source>customers duplicates: customers with the same phone number (often created at two offices).
customers merge KEEP OTHER: OTHER&apos;s tickets and purchases move to KEEP (supervisors).</source>
        <translation>customers duplicates：电话号码相同的客户（常由两个机构分别创建）。
customers merge KEEP OTHER：将 OTHER 的工单和购买记录移到 KEEP 名下（主管）。</translation>
    </message>
    <message>
        <source>duplicates | merge</source>
        <translation>duplicates | merge</translation>
    </message>
    <message>
        <source>use: sdctl customers duplicates | merge KEEP OTHER</source>
        <translation>用法：sdctl customers duplicates | merge KEEP OTHER</translation>
    </message>
    <message>
        <source>list duplicate customers and merge them</source>
        <translation>列出重复客户并合并</translation>
    </message>
    <message>
        <source>a seed file creates a branch: name head office&apos;s public key with --head-key FILE (what &quot;sdctl sync keys&quot; printed at head office)</source>
        <translation>初始文件用于创建分支机构：请用 --head-key FILE 指定总部的公钥（即总部运行“sdctl sync keys”时打印的内容）</translation>
    </message>
    <message>
        <source>import of a seed: head office&apos;s public key (its line, or a file holding it).</source>
        <translation>导入初始文件：总部的公钥（公钥行，或保存它的文件）。</translation>
    </message>
    <message>
        <source>resolve: keep &quot;here&quot; (the value head office held) or &quot;there&quot; (the value that arrived).</source>
        <translation>resolve：保留“here”（总部原有的值）或“there”（传来的值）。</translation>
    </message>
    <message>
        <source>Office %1&apos;s earlier database is replaced: its files are refused from now on, and what it had not sent here is not in this seed.</source>
        <translation>机构 %1 原来的数据库已被取代：此后拒收它的文件；它尚未发来的内容不在本初始文件中。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>%1  version %2  %3  cause: %4</source>
        <translation>%1  版本 %2  %3  原因：%4</translation>
    </message>
    <message>
        <source>  answer by %1, close by %2</source>
        <translation>  答复期限 %1，结案期限 %2</translation>
    </message>
    <message>
        <source>  evidence: %1</source>
        <translation>  核实依据：%1</translation>
    </message>
    <message>
        <source>  remedy: %1 %2</source>
        <translation>  补救措施：%1 %2</translation>
    </message>
    <message>
        <source>  feedback: %1</source>
        <translation>  反馈：%1</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>结案期限</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 open complaints</source>
        <translation>共 %1 条未结投诉</translation>
    </message>
    <message>
        <source>--to: give the stage to move to: verified, handled, feedback or closed</source>
        <translation>--to：请给出要进入的阶段：verified、handled、feedback 或 closed</translation>
    </message>
    <message>
        <source>--amount: give an amount such as 120 or 120.50</source>
        <translation>--amount：请给出金额，例如 120 或 120.50</translation>
    </message>
    <message>
        <source>--expect-version: give the complaint&apos;s version, 0 or more</source>
        <translation>--expect-version：请给出投诉的版本号（0 或更大）</translation>
    </message>
    <message>
        <source>complaints list: the complaint register, open complaints oldest first, with age and cause.
complaints show NUMBER: where a complaint stands on its path.
complaints advance NUMBER --to STAGE: the next step (verified --note EVIDENCE; handled --remedy R [--amount X]; feedback --note WHAT_THE_CUSTOMER_WAS_TOLD; closed [--cause C]).</source>
        <translation>complaints list：投诉台账，未结投诉按时间先后列出，含已历时和原因。
complaints show NUMBER：查看投诉在流程中的位置。
complaints advance NUMBER --to STAGE：进行下一步（verified --note 核实依据；handled --remedy 补救措施 [--amount 金额]；feedback --note 告知客户的内容；closed [--cause 原因]）。</translation>
    </message>
    <message>
        <source>list | show NUMBER | advance NUMBER</source>
        <translation>list | show 工单号 | advance 工单号</translation>
    </message>
    <message>
        <source>Only this cause (list), or the cause when closing.</source>
        <translation>只列此原因（list），或结案时的原因。</translation>
    </message>
    <message>
        <source>Only complaints past their closing deadline.</source>
        <translation>只列已过结案期限的投诉。</translation>
    </message>
    <message>
        <source>The stage to move to.</source>
        <translation>要进入的阶段。</translation>
    </message>
    <message>
        <source>Evidence (verified), remarks (handled), feedback (feedback) or solution (closed).</source>
        <translation>核实依据（verified）、备注（handled）、反馈（feedback）或解决方案（closed）。</translation>
    </message>
    <message>
        <source>refund, replacement, repair, apology or compensation.</source>
        <translation>refund（退款）、replacement（换货）、repair（维修）、apology（道歉）或 compensation（补偿）。</translation>
    </message>
    <message>
        <source>The remedy&apos;s amount in currency units.</source>
        <translation>补救措施的金额（货币单位）。</translation>
    </message>
    <message>
        <source>Refuse if the complaint changed since this version.</source>
        <translation>若投诉自此版本后有变更则拒绝。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>use: sdctl complaints list | show NUMBER | advance NUMBER --to STAGE</source>
        <translation>用法：sdctl complaints list | show 工单号 | advance 工单号 --to 阶段</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>客户支付</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(voided) %1</source>
        <translation>（已作废）%1</translation>
    </message>
    <message>
        <source>Total %1, charged to the customer %2</source>
        <translation>合计 %1，向客户收取 %2</translation>
    </message>
    <message>
        <source>--kind: give labour, parts, transport or other</source>
        <translation>--kind：请给出 labour、parts、transport 或 other</translation>
    </message>
    <message>
        <source>--quantity: give a whole number (minutes, pieces or kilometres)</source>
        <translation>--quantity：请给出整数（分钟数、件数或公里数）</translation>
    </message>
    <message>
        <source>--%1: give an amount such as 120 or 120.50</source>
        <translation>--%1：请给出金额，例如 120 或 120.50</translation>
    </message>
    <message>
        <source>costs show NUMBER: a ticket&apos;s cost lines, total and the customer&apos;s part.
costs add NUMBER --kind labour --quantity MINUTES [--role ROLE] | --kind parts --quantity N --unit COST --description PART | --kind transport [--quantity KM] | --kind other --unit AMOUNT [--charge AMOUNT].
costs void NUMBER LINE: a mistaken line no longer counts.</source>
        <translation>costs show NUMBER：工单的成本明细、合计及客户支付部分。
costs add NUMBER --kind labour --quantity 分钟数 [--role 角色] | --kind parts --quantity 数量 --unit 单价 --description 配件 | --kind transport [--quantity 公里数] | --kind other --unit 金额 [--charge 客户支付金额]。
costs void NUMBER LINE：作废记错的一行，不再计入。</translation>
    </message>
    <message>
        <source>show NUMBER | add NUMBER | void NUMBER LINE</source>
        <translation>show 工单号 | add 工单号 | void 工单号 行号</translation>
    </message>
    <message>
        <source>labour, parts, transport or other.</source>
        <translation>labour（人工）、parts（配件）、transport（交通）或 other（其他）。</translation>
    </message>
    <message>
        <source>Minutes (labour), pieces (parts) or kilometres (transport).</source>
        <translation>分钟数（人工）、件数（配件）或公里数（交通）。</translation>
    </message>
    <message>
        <source>Labour: whose hourly rate (default: yours).</source>
        <translation>人工：按谁的小时费率（默认：你自己的）。</translation>
    </message>
    <message>
        <source>What the customer pays of it (default: all, nothing for labour and parts in warranty).</source>
        <translation>客户支付的部分（默认：全部；保修期内的人工和配件为零）。</translation>
    </message>
    <message>
        <source>What it was.</source>
        <translation>内容说明。</translation>
    </message>
    <message>
        <source>use: sdctl costs show NUMBER | add NUMBER --kind KIND ... | void NUMBER LINE</source>
        <translation>用法：sdctl costs show 工单号 | add 工单号 --kind 类别 ... | void 工单号 行号</translation>
    </message>
    <message>
        <source>ticket %1 has no cost line %2</source>
        <translation>工单 %1 没有成本行 %2</translation>
    </message>
    <message>
        <source>the complaint register and each complaint&apos;s path</source>
        <translation>投诉台账及各投诉的处理流程</translation>
    </message>
    <message>
        <source>record and show a ticket&apos;s service cost</source>
        <translation>记录和查看工单的服务成本</translation>
    </message>
    <message>
        <source>the %1 oldest open complaints are shown</source>
        <translation>显示最早的 %1 条未结投诉</translation>
    </message>
    <message>
        <source>--amount goes with --to handled (the remedy&apos;s amount)</source>
        <translation>--amount 只能与 --to handled 一起使用（补救措施的金额）</translation>
    </message>
    <message>
        <source>--remedy goes with --to handled</source>
        <translation>--remedy 只能与 --to handled 一起使用</translation>
    </message>
    <message>
        <source>Unit cost of a part, the amount of other costs; for labour the hourly rate and for transport the rate per kilometre instead of the configured ones.</source>
        <translation>配件单价、其他成本的金额；用于人工时为小时费率，用于交通时为每公里费率（代替配置中的费率）。</translation>
    </message>
    <message>
        <source>--timeliness, --professionalism and --attitude take a score from 1 to 5</source>
        <translation>--timeliness、--professionalism 和 --attitude 取 1 至 5 的评分</translation>
    </message>
    <message>
        <source>give --timeliness, --professionalism and --attitude together</source>
        <translation>请同时给出 --timeliness、--professionalism 和 --attitude</translation>
    </message>
    <message>
        <source>csat: timeliness, 1 to 5 (with --professionalism and --attitude).</source>
        <translation>csat：及时性，1 至 5（须同时给出 --professionalism 和 --attitude）。</translation>
    </message>
    <message>
        <source>csat: professionalism, 1 to 5.</source>
        <translation>csat：专业性，1 至 5。</translation>
    </message>
    <message>
        <source>csat: attitude, 1 to 5.</source>
        <translation>csat：服务态度，1 至 5。</translation>
    </message>
    <message>
        <source>[overlaps another visit]</source>
        <translation>[与另一次上门时间重叠]</translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation>没有上门记录。</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>--%1: give a time such as &quot;2026-11-17 09:00&quot;</source>
        <translation>--%1：请给出时间，例如 &quot;2026-11-17 09:00&quot;</translation>
    </message>
    <message>
        <source>--%1: give a whole number</source>
        <translation>--%1：请给出整数</translation>
    </message>
    <message>
        <source>give --technician LOGIN, --from TIME and --to TIME</source>
        <translation>请给出 --technician 登录名、--from 时间和 --to 时间</translation>
    </message>
    <message>
        <source>ticket %1 has no visit %2</source>
        <translation>工单 %1 没有第 %2 次上门</translation>
    </message>
    <message>
        <source>--expect-version: give a whole number</source>
        <translation>--expect-version：请给出整数</translation>
    </message>
    <message>
        <source>--to: give en_route, on_site, done, cannot_complete or cancelled</source>
        <translation>--to：请给出 en_route、on_site、done、cannot_complete 或 cancelled</translation>
    </message>
    <message>
        <source>--reason: give one of %1</source>
        <translation>--reason：请给出以下之一：%1</translation>
    </message>
    <message>
        <source>--date: give a day such as 2026-11-17</source>
        <translation>--date：请给出日期，例如 2026-11-17</translation>
    </message>
    <message>
        <source>--status: give one of %1</source>
        <translation>--status：请给出以下之一：%1</translation>
    </message>
    <message>
        <source>--out: name the PDF file to write</source>
        <translation>--out：请指定要写出的 PDF 文件</translation>
    </message>
    <message>
        <source>Wrote the work-order sheet of %1, visit %2, to %3</source>
        <translation>已将工单 %1 第 %2 次上门的派工单写入 %3</translation>
    </message>
    <message>
        <source>The technician&apos;s login.</source>
        <translation>技术员的登录名。</translation>
    </message>
    <message>
        <source>Appointment start, &quot;YYYY-MM-DD HH:MM&quot; in the visit&apos;s zone.</source>
        <translation>预约开始时间，&quot;YYYY-MM-DD HH:MM&quot;，按上门地点时区。</translation>
    </message>
    <message>
        <source>Appointment end (create, reschedule), or the visit&apos;s new status (status).</source>
        <translation>预约结束时间（create、reschedule），或上门的新状态（status）。</translation>
    </message>
    <message>
        <source>The visit&apos;s time zone (default: the office&apos;s).</source>
        <translation>上门地点的时区（默认：本机构时区）。</translation>
    </message>
    <message>
        <source>Where to go (default: the customer&apos;s address).</source>
        <translation>上门地址（默认：客户地址）。</translation>
    </message>
    <message>
        <source>Parts to bring.</source>
        <translation>需带配件。</translation>
    </message>
    <message>
        <source>Tools to bring.</source>
        <translation>需带工具。</translation>
    </message>
    <message>
        <source>Travel distance in kilometres.</source>
        <translation>路程（公里）。</translation>
    </message>
    <message>
        <source>Travel time in minutes.</source>
        <translation>路程时间（分钟）。</translation>
    </message>
    <message>
        <source>Why a visit cannot be completed: missing_part, customer_absent, needs_specialist, no_access, other.</source>
        <translation>无法完成的原因：missing_part（缺少配件）、customer_absent（客户不在）、needs_specialist（需要专业人员）、no_access（无法进入现场）、other（其他）。</translation>
    </message>
    <message>
        <source>Work done, what happened, or why the visit is cancelled.</source>
        <translation>完成的工作、发生的情况，或取消上门的原因。</translation>
    </message>
    <message>
        <source>list: one day (in the office&apos;s zone).</source>
        <translation>list：某一天（按本机构时区）。</translation>
    </message>
    <message>
        <source>list: only visits in this status.</source>
        <translation>list：只列此状态的上门。</translation>
    </message>
    <message>
        <source>sheet: the PDF file to write.</source>
        <translation>sheet：要写出的 PDF 文件。</translation>
    </message>
    <message>
        <source>Refuse if the visit changed since this version.</source>
        <translation>若上门记录自此版本后有变更则拒绝。</translation>
    </message>
    <message>
        <source>dispatch create NUMBER --technician LOGIN --from TIME --to TIME [--zone --address --parts --tools --km --travel-minutes]
dispatch reschedule NUMBER VISIT [the same options]
dispatch status NUMBER VISIT --to en_route|on_site|done|cannot_complete|cancelled [--reason R] [--note TEXT]
dispatch list [--technician LOGIN] [--date YYYY-MM-DD] [--status STATUS]
dispatch show NUMBER: the ticket&apos;s visits.
dispatch sheet NUMBER VISIT --out FILE.pdf: the printable work-order sheet.</source>
        <translation>dispatch create 工单号 --technician 登录名 --from 时间 --to 时间 [--zone --address --parts --tools --km --travel-minutes]
dispatch reschedule 工单号 次数 [同上选项]
dispatch status 工单号 次数 --to en_route|on_site|done|cannot_complete|cancelled [--reason 原因] [--note 文字]
dispatch list [--technician 登录名] [--date YYYY-MM-DD] [--status 状态]
dispatch show 工单号：该工单的上门记录。
dispatch sheet 工单号 次数 --out 文件.pdf：可打印的派工单。</translation>
    </message>
    <message>
        <source>create | reschedule | status | list | show | sheet</source>
        <translation>create | reschedule | status | list | show | sheet</translation>
    </message>
    <message>
        <source>use: sdctl dispatch create NUMBER | reschedule NUMBER VISIT | status NUMBER VISIT | list | show NUMBER | sheet NUMBER VISIT</source>
        <translation>用法：sdctl dispatch create 工单号 | reschedule 工单号 次数 | status 工单号 次数 | list | show 工单号 | sheet 工单号 次数</translation>
    </message>
    <message>
        <source>--answer: give the customer&apos;s answer, confirmed or not_fixed</source>
        <translation>--answer：请给出客户的答复：confirmed（已确认修复）或 not_fixed（未修复）</translation>
    </message>
    <message>
        <source>Why the status changes; for resolve --answer not_fixed, what is still wrong.</source>
        <translation>状态变更的原因；用于 resolve --answer not_fixed 时，说明仍存在的问题。</translation>
    </message>
    <message>
        <source>resolve: the customer&apos;s answer, confirmed (with --solution) or not_fixed (with --note saying what is still wrong).</source>
        <translation>resolve：客户的答复，confirmed（配合 --solution）或 not_fixed（配合 --note 说明仍存在的问题）。</translation>
    </message>
    <message>
        <source>send technicians, report visits, list a day&apos;s visits, print work orders</source>
        <translation>派技术员上门、回报进展、列出当天上门安排、打印派工单</translation>
    </message>
    <message>
        <source>Version %1, proposed by %2 on %3</source>
        <translation>第 %1 版，由 %2 于 %3 提出</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <source>part: %1 × %2 at %3</source>
        <translation>配件：%1 × %2，单价 %3</translation>
    </message>
    <message>
        <source>labour: %1 min, %2; other: %3</source>
        <translation>人工：%1 分钟，%2；其他：%3</translation>
    </message>
    <message>
        <source>estimate %1, the customer pays %2%3; done by %4</source>
        <translation>预估费用 %1，客户支付 %2%3；完成期限 %4</translation>
    </message>
    <message>
        <source> (in warranty)</source>
        <translation>（保修期内）</translation>
    </message>
    <message>
        <source>agreed by %1 (%2) on %3</source>
        <translation>%1 已于 %3 同意（%2）</translation>
    </message>
    <message>
        <source>not yet agreed by the customer</source>
        <translation>客户尚未同意</translation>
    </message>
    <message>
        <source>No solution plan yet.</source>
        <translation>尚无解决方案。</translation>
    </message>
    <message>
        <source>--part: give CODE:QUANTITY (from the parts catalogue) or NAME:QUANTITY:UNIT_COST, not &quot;%1&quot;</source>
        <translation>--part：请给出 编码:数量（配件目录中的配件）或 名称:数量:单价，而不是“%1”</translation>
    </message>
    <message>
        <source>--role: give one of %1</source>
        <translation>--role：请给出以下之一：%1</translation>
    </message>
    <message>
        <source>--other: give an amount such as 30 or 30.50</source>
        <translation>--other：请给出金额，例如 30 或 30.50</translation>
    </message>
    <message>
        <source>--deadline: give when the work will be done, such as &quot;2026-11-20 18:00&quot;</source>
        <translation>--deadline：请给出完成时间，例如 &quot;2026-11-20 18:00&quot;</translation>
    </message>
    <message>
        <source>--how: give phone, in_person or signed_sheet</source>
        <translation>--how：请给出 phone、in_person 或 signed_sheet</translation>
    </message>
    <message>
        <source>--version: give a whole number</source>
        <translation>--version：请给出整数</translation>
    </message>
    <message>
        <source>plans show NUMBER: every version of the ticket&apos;s solution plan.
plans propose NUMBER --cause TEXT --steps TEXT [--part CODE:QTY | --part NAME:QTY:UNIT ...] [--labour MIN] [--role R] [--other AMOUNT] [--other-note TEXT] --deadline TIME: a new version (the customer must agree again).
plans consent NUMBER --by NAME --how phone|in_person|signed_sheet [--version N]: the customer agrees.</source>
        <translation>plans show 工单号：该工单解决方案的所有版本。
plans propose 工单号 --cause 文字 --steps 文字 [--part 编码:数量 | --part 名称:数量:单价 ...] [--labour 分钟] [--role 角色] [--other 金额] [--other-note 文字] --deadline 时间：提出新版本（需客户重新同意）。
plans consent 工单号 --by 姓名 --how phone|in_person|signed_sheet [--version N]：记录客户同意。</translation>
    </message>
    <message>
        <source>show | propose | consent</source>
        <translation>show | propose | consent</translation>
    </message>
    <message>
        <source>The cause found.</source>
        <translation>故障原因。</translation>
    </message>
    <message>
        <source>The steps of the repair.</source>
        <translation>维修步骤。</translation>
    </message>
    <message>
        <source>A part: CODE:QUANTITY from the catalogue, or NAME:QUANTITY:UNIT_COST (repeat for more).</source>
        <translation>配件：目录中的 编码:数量，或 名称:数量:单价（可重复）。</translation>
    </message>
    <message>
        <source>Labour estimate in minutes.</source>
        <translation>预估人工（分钟）。</translation>
    </message>
    <message>
        <source>Whose hourly rate prices the labour (default: technician).</source>
        <translation>人工按哪个角色的小时费率计价（默认：技术员）。</translation>
    </message>
    <message>
        <source>Other charges (transport, call-out), never covered by warranty.</source>
        <translation>其他费用（交通、上门费），不在保修范围内。</translation>
    </message>
    <message>
        <source>What the other charges are.</source>
        <translation>其他费用的说明。</translation>
    </message>
    <message>
        <source>When the work will be done, &quot;YYYY-MM-DD HH:MM&quot; in the office&apos;s zone.</source>
        <translation>完成时间，&quot;YYYY-MM-DD HH:MM&quot;，按本机构时区。</translation>
    </message>
    <message>
        <source>consent: who agreed.</source>
        <translation>consent：同意人。</translation>
    </message>
    <message>
        <source>consent: phone, in_person or signed_sheet.</source>
        <translation>consent：phone（电话）、in_person（当面）或 signed_sheet（签字）。</translation>
    </message>
    <message>
        <source>consent: the version agreed to (default: the current one).</source>
        <translation>consent：同意的版本（默认：当前版本）。</translation>
    </message>
    <message>
        <source>use: sdctl plans show NUMBER | propose NUMBER ... | consent NUMBER --by NAME --how HOW</source>
        <translation>用法：sdctl plans show 工单号 | propose 工单号 ... | consent 工单号 --by 姓名 --how 方式</translation>
    </message>
    <message>
        <source>propose solution plans and record the customer&apos;s consent</source>
        <translation>提出解决方案并记录客户同意</translation>
    </message>
    <message>
        <source>Waiting tickets assigned automatically: %1</source>
        <translation>自动分派的等待工单：%1</translation>
    </message>
    <message>
        <source>sla due: prints the instant a target of N business minutes from --start falls due.
sla elapsed: prints the business seconds between --from and --to.
sla sweep: writes the SLA warnings and breaches that have fallen due to the ticket timelines, and gives waiting tickets of teams that assign automatically to their available agents.</source>
        <translation>sla due：输出从 --start 起经过 N 个工作分钟后的到期时间点。
sla elapsed：输出 --from 与 --to 之间的工作时间秒数。
sla sweep：把已到期的 SLA 预警和超时写入工单处理记录，并把自动分派团队中等待的工单分给可接单的成员。</translation>
    </message>
    <message>
        <source>%1 is not linked to another ticket.</source>
        <translation>%1 没有关联其他工单。</translation>
    </message>
    <message>
        <source>%1 is not linked to %2 as related</source>
        <translation>%1 与 %2 没有“相关”关联</translation>
    </message>
    <message>
        <source>tickets create --subject S [--customer C] [--channel] [--category] [--priority] ...: a new ticket.
tickets show NUMBER: the ticket and its timeline.
tickets update NUMBER [--priority] [--category] [--subject] [--description] [--product] ...
tickets comment NUMBER TEXT [--public]; status NUMBER STATUS [--note]; assign NUMBER LOGIN|- [--team]
tickets customer-reply NUMBER TEXT: what the customer said (a mail gateway, a call back); a ticket pending the customer goes back to in progress
tickets escalate NUMBER [--reason]; resolve NUMBER --answer confirmed --solution TEXT | --answer not_fixed --note TEXT; csat NUMBER SCORE [--comment] [--timeliness N --professionalism N --attitude N]
tickets links NUMBER: the tickets it is tied to; link NUMBER OTHER and unlink NUMBER OTHER: related tickets
tickets merge DUPLICATE KEPT [--note]: closes the open duplicate, its timeline joined to the kept ticket&apos;s (cannot be undone)
tickets split NUMBER --subject S [--description] [--category] [--priority]: a new ticket for a second matter, same customer
Changes take --expect-version N: refused if someone changed the ticket since.</source>
        <translation>tickets create --subject S [--customer C] [--channel] [--category] [--priority] ...：新建工单。
tickets show NUMBER：工单及其处理记录。
tickets update NUMBER [--priority] [--category] [--subject] [--description] [--product] ...
tickets comment NUMBER TEXT [--public]；status NUMBER STATUS [--note]；assign NUMBER LOGIN|- [--team]
tickets customer-reply NUMBER TEXT：客户的回复（邮件网关、回电）；等待客户的工单回到处理中
tickets escalate NUMBER [--reason]；resolve NUMBER --answer confirmed --solution TEXT | --answer not_fixed --note TEXT；csat NUMBER SCORE [--comment] [--timeliness N --professionalism N --attitude N]
tickets links NUMBER：与其关联的工单；link NUMBER OTHER 和 unlink NUMBER OTHER：相关工单
tickets merge DUPLICATE KEPT [--note]：关闭未结的重复工单，其处理记录并入保留的工单（无法撤销）
tickets split NUMBER --subject S [--description] [--category] [--priority]：为另一件事新建工单，客户相同
修改可带 --expect-version N：若工单在此之后被他人修改则拒绝。</translation>
    </message>
    <message>
        <source>  visit %1</source>
        <translation>  第 %1 次上门</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <source>--visit: the ticket has no visit %1</source>
        <translation>--visit：该工单没有第 %1 次上门</translation>
    </message>
    <message>
        <source>%1 is %2: files up to %3 are attached</source>
        <translation>%1 大小为 %2：只能添加不超过 %3 的文件</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the ticket has no attachment &quot;%1&quot;</source>
        <translation>该工单没有附件“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message>
        <source>attachments list NUMBER: a ticket&apos;s photos and files (its visits&apos; too).
attachments add NUMBER FILE... [--visit N]: attach files, each up to the configured size.
attachments get NUMBER ID|NAME [--to PATH]: write one out.
attachments remove NUMBER ID|NAME: hide one (it stays in the database).</source>
        <translation>attachments list NUMBER：工单（含其上门服务）的照片和文件。
attachments add NUMBER FILE... [--visit N]：添加文件，每个不超过配置的大小。
attachments get NUMBER ID|NAME [--to PATH]：将一个附件写出到文件。
attachments remove NUMBER ID|NAME：隐藏一个附件（仍保留在数据库中）。</translation>
    </message>
    <message>
        <source>list NUMBER | add NUMBER FILE... | get NUMBER ID | remove NUMBER ID</source>
        <translation>list NUMBER | add NUMBER FILE... | get NUMBER ID | remove NUMBER ID</translation>
    </message>
    <message>
        <source>add: attach to this visit of the ticket.</source>
        <translation>add：添加到该工单的这次上门服务。</translation>
    </message>
    <message>
        <source>get: the file or folder to write to (default: the current folder).</source>
        <translation>get：写出到的文件或文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>use: sdctl attachments list NUMBER | add NUMBER FILE... [--visit N] | get NUMBER ID [--to PATH] | remove NUMBER ID</source>
        <translation>用法：sdctl attachments list NUMBER | add NUMBER FILE... [--visit N] | get NUMBER ID [--to PATH] | remove NUMBER ID</translation>
    </message>
    <message>
        <source>attach photos and files to tickets and visits, and get them back</source>
        <translation>为工单和上门服务添加照片和文件，并取回</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关工单</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Duplicate merged in</source>
        <translation>并入的重复工单</translation>
    </message>
    <message>
        <source>Split off into</source>
        <translation>拆分出</translation>
    </message>
    <message>
        <source>Split off from</source>
        <translation>拆分自</translation>
    </message>
    <message>
        <source>--from: give a date as YYYY-MM-DD</source>
        <translation>--from：请以 YYYY-MM-DD 格式给出日期</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>greeted by %1</source>
        <translation>已由 %1 问候</translation>
    </message>
    <message>
        <source>Nobody to greet this week.</source>
        <translation>本周没有需要问候的客户。</translation>
    </message>
    <message>
        <source>care week [--from YYYY-MM-DD]: customers to greet in the seven days from Monday (or the day given): birthdays, anniversaries with us, holidays.
care sent CUSTOMER OCCASION YYYY-MM-DD: the greeting was sent (OCCASION: birthday, anniversary, holiday).</source>
        <translation>care week [--from YYYY-MM-DD]：从周一（或给定日期）起七天内需要问候的客户：生日、合作周年、节日。
care sent CUSTOMER OCCASION YYYY-MM-DD：问候已发送（OCCASION：birthday、anniversary、holiday）。</translation>
    </message>
    <message>
        <source>week | sent CUSTOMER OCCASION DATE</source>
        <translation>week | sent CUSTOMER OCCASION DATE</translation>
    </message>
    <message>
        <source>week: the first day (default: this week&apos;s Monday).</source>
        <translation>week：第一天（默认：本周一）。</translation>
    </message>
    <message>
        <source>use: sdctl care week [--from DATE] | sent CUSTOMER OCCASION DATE</source>
        <translation>用法：sdctl care week [--from DATE] | sent CUSTOMER OCCASION DATE</translation>
    </message>
    <message>
        <source>give the occasion (birthday, anniversary or holiday) and its date as YYYY-MM-DD</source>
        <translation>请给出事由（birthday、anniversary 或 holiday）及其日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>customers to greet this week, and greetings sent</source>
        <translation>本周需要问候的客户，以及已发送的问候</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>已尝试 %1 次</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>sales lead</source>
        <translation>销售线索</translation>
    </message>
    <message>
        <source>No return visits for this customer.</source>
        <translation>该客户没有回访。</translation>
    </message>
    <message>
        <source>No return visits.</source>
        <translation>没有回访。</translation>
    </message>
    <message>
        <source>give the visit&apos;s number and the outcome (satisfied, issue_persists, new_need, unreachable)</source>
        <translation>请给出回访编号和结果（satisfied、issue_persists、new_need、unreachable）</translation>
    </message>
    <message>
        <source>--then: reopen, new-ticket or lead</source>
        <translation>--then：reopen、new-ticket 或 lead</translation>
    </message>
    <message>
        <source>--score: a whole number from 1 to 5</source>
        <translation>--score：1 到 5 的整数</translation>
    </message>
    <message>
        <source>visits due: return visits due today or overdue (calls back to customers).
visits list [--customer CODE | --made | --leads]: the next 14 days&apos; visits, a customer&apos;s, those made in the last 30 days, or the sales leads noted.
visits record ID OUTCOME [--then reopen|new-ticket|lead] [--notes TEXT] [--score 1-5] [--subject TEXT]: what the call found (OUTCOME: satisfied, issue_persists, new_need, unreachable).
visits schedule: give top-tier customers their next periodic visit (run daily, e.g. by cron).</source>
        <translation>visits due：今天应访及逾期的回访。
visits list [--customer 编号 | --made | --leads]：未来 14 天的回访、某客户的回访、最近 30 天已回访的，或记下的销售线索。
visits record 编号 结果 [--then reopen|new-ticket|lead] [--notes 文本] [--score 1-5] [--subject 文本]：记录回访结果（结果：satisfied、issue_persists、new_need、unreachable）。
visits schedule：为重要客户安排下一次定期回访（每天运行，例如用 cron）。</translation>
    </message>
    <message>
        <source>due | list | record ID OUTCOME | schedule</source>
        <translation>due | list | record 编号 结果 | schedule</translation>
    </message>
    <message>
        <source>list: this customer&apos;s visits.</source>
        <translation>list：该客户的回访。</translation>
    </message>
    <message>
        <source>list: the visits made in the last 30 days.</source>
        <translation>list：最近 30 天已进行的回访。</translation>
    </message>
    <message>
        <source>list: the sales leads noted in the last 30 days.</source>
        <translation>list：最近 30 天记下的销售线索。</translation>
    </message>
    <message>
        <source>record: reopen (the ticket), new-ticket, or lead.</source>
        <translation>record：reopen（重新打开工单）、new-ticket（新建工单）或 lead（销售线索）。</translation>
    </message>
    <message>
        <source>record: what the customer said.</source>
        <translation>record：客户说了什么。</translation>
    </message>
    <message>
        <source>record: the customer&apos;s satisfaction, 1 to 5.</source>
        <translation>record：客户满意度，1 到 5。</translation>
    </message>
    <message>
        <source>record: a new ticket&apos;s subject (default: the notes).</source>
        <translation>record：新工单的主题（默认取记录内容）。</translation>
    </message>
    <message>
        <source>use: sdctl visits due | list | record ID OUTCOME | schedule</source>
        <translation>用法：sdctl visits due | list | record 编号 结果 | schedule</translation>
    </message>
    <message>
        <source>No return visits due.</source>
        <translation>没有应访的回访。</translation>
    </message>
    <message>
        <source>Periodic visits scheduled: %1.</source>
        <translation>已安排定期回访：%1 个。</translation>
    </message>
    <message>
        <source>return visits: calls back to customers due, made and recorded</source>
        <translation>回访：应访、已访及记录回访结果</translation>
    </message>
    <message>
        <source>last written from %1</source>
        <translation>最近生成：%1 起的周期</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <source>No scheduled reports.</source>
        <translation>没有定时报表。</translation>
    </message>
    <message>
        <source>--period: use yesterday, last_week or last_month</source>
        <translation>--period：请用 yesterday、last_week 或 last_month</translation>
    </message>
    <message>
        <source>Scheduled #%1: %2; the next run writes %3.</source>
        <translation>已设定 #%1：%2；下次运行将生成 %3。</translation>
    </message>
    <message>
        <source>run-scheduled needs --folder DIR</source>
        <translation>run-scheduled 需要 --folder 目录</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未生成：%1</translation>
    </message>
    <message>
        <source>No scheduled report is due.</source>
        <translation>没有到期的定时报表。</translation>
    </message>
    <message>
        <source>report schedule NAME --period yesterday|last_week|last_month [filters]: save a report to run once each period is over.
report scheduled: this office&apos;s scheduled reports.
report unschedule ID: stop one.
report run-scheduled --folder DIR: write the PDFs of the reports due (run it daily, e.g. by cron or a systemd timer).</source>
        <translation>report schedule 名称 --period yesterday|last_week|last_month [筛选]：保存一个在每个周期结束后运行的报表。
report scheduled：本办事处的定时报表。
report unschedule 编号：停止一个定时报表。
report run-scheduled --folder 目录：生成到期报表的 PDF（每天运行，例如用 cron 或 systemd 定时器）。</translation>
    </message>
    <message>
        <source>schedule NAME | scheduled | unschedule ID | run-scheduled</source>
        <translation>schedule 名称 | scheduled | unschedule 编号 | run-scheduled</translation>
    </message>
    <message>
        <source>schedule: yesterday, last_week or last_month.</source>
        <translation>schedule：yesterday、last_week 或 last_month。</translation>
    </message>
    <message>
        <source>run-scheduled: where the PDFs go.</source>
        <translation>run-scheduled：PDF 的保存位置。</translation>
    </message>
    <message>
        <source>use: sdctl report schedule NAME --period P | scheduled | unschedule ID | run-scheduled --folder DIR</source>
        <translation>用法：sdctl report schedule 名称 --period 周期 | scheduled | unschedule 编号 | run-scheduled --folder 目录</translation>
    </message>
    <message>
        <source>give the scheduled report&apos;s number</source>
        <translation>请给出定时报表的编号</translation>
    </message>
    <message>
        <source>suggested %1, used %2</source>
        <translation>被推荐 %1 次，被采用 %2 次</translation>
    </message>
    <message>
        <source>No articles.</source>
        <translation>没有文章。</translation>
    </message>
    <message>
        <source>--status: draft, published or archived</source>
        <translation>--status：draft、published 或 archived</translation>
    </message>
    <message>
        <source>give the article&apos;s number, e.g. 12</source>
        <translation>请给出文章编号，例如 12</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <source>Draft #%1 written from %2: %3</source>
        <translation>已根据 %2 写成草稿 #%1：%3</translation>
    </message>
    <message>
        <source>%1 articles written to %2</source>
        <translation>已将 %1 篇文章写入 %2</translation>
    </message>
    <message>
        <source>Imported: %1 new articles, %2 updated.</source>
        <translation>导入完成：新增 %1 篇，更新 %2 篇。</translation>
    </message>
    <message>
        <source>kb search TEXT: published articles that match, best first (Chinese and English).
kb list [--status draft|published|archived]: articles, newest first.
kb show ID: one article, as a Markdown file.
kb publish|archive|draft ID: review an article (publish), retire it, or take it back for revision.
kb from-ticket NUMBER: a draft from a resolved ticket&apos;s problem and solution.
kb import FOLDER | kb export FOLDER: articles as Markdown files, all or none.</source>
        <translation>kb search 文字：匹配的已发布文章，最相关的在前（中英文均可）。
kb list [--status draft|published|archived]：文章列表，最新的在前。
kb show 编号：以 Markdown 文件格式显示一篇文章。
kb publish|archive|draft 编号：审核后发布、归档，或退回修改。
kb from-ticket 工单号：根据已解决工单的问题和解决方案写成草稿。
kb import 文件夹 | kb export 文件夹：以 Markdown 文件导入或导出文章，要么全部成功，要么都不导入。</translation>
    </message>
    <message>
        <source>search | list | show | publish | archive | draft | from-ticket | import | export</source>
        <translation>search | list | show | publish | archive | draft | from-ticket | import | export</translation>
    </message>
    <message>
        <source>search, list: only articles in this status.</source>
        <translation>search、list：只列出该状态的文章。</translation>
    </message>
    <message>
        <source>search, list: only articles in zh or en.</source>
        <translation>search、list：只列出 zh 或 en 语言的文章。</translation>
    </message>
    <message>
        <source>use: sdctl kb search TEXT | list | show ID | publish|archive|draft ID | from-ticket NUMBER | import FOLDER | export FOLDER</source>
        <translation>用法：sdctl kb search 文字 | list | show 编号 | publish|archive|draft 编号 | from-ticket 工单号 | import 文件夹 | export 文件夹</translation>
    </message>
    <message>
        <source>the knowledge base: search, review, draft from a ticket, Markdown folders</source>
        <translation>知识库：搜索、审核、根据工单写草稿、Markdown 文件夹</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>No reviews.</source>
        <translation>没有质检记录。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Scorecard #%1 &quot;%2&quot; saved with %3 criteria.</source>
        <translation>评分表 #%1“%2”已保存，共 %3 项标准。</translation>
    </message>
    <message>
        <source>%1 tickets drawn for review from %2 agents (%3 – %4).</source>
        <translation>已从 %2 位坐席抽取 %1 张工单待质检（%3 – %4）。</translation>
    </message>
    <message>
        <source>--rate: code=rating pairs separated by commas, na for not applicable</source>
        <translation>--rate：用逗号分隔的“代码=分数”，不适用写 na</translation>
    </message>
    <message>
        <source>scorecard | sample | queue | mine | escalated | show | review | ack | dispute | settle | calibrate</source>
        <translation>scorecard | sample | queue | mine | escalated | show | review | ack | dispute | settle | calibrate</translation>
    </message>
    <message>
        <source>sample: the first day (YYYY-MM-DD).</source>
        <translation>sample：第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>sample: the day after the last.</source>
        <translation>sample：最后一天的次日。</translation>
    </message>
    <message>
        <source>sample: tickets per agent.</source>
        <translation>sample：每位坐席的工单数。</translation>
    </message>
    <message>
        <source>sample: share drawn first from low scores and complaints.</source>
        <translation>sample：优先从低分和投诉工单中抽取的比例。</translation>
    </message>
    <message>
        <source>review, settle: the ratings, e.g. greeting=4,tone=na.</source>
        <translation>review、settle：评分，例如 greeting=4,tone=na。</translation>
    </message>
    <message>
        <source>review: feedback for the agent.</source>
        <translation>review：给坐席的反馈。</translation>
    </message>
    <message>
        <source>dispute: what the agent disagrees with.</source>
        <translation>dispute：坐席不同意的地方。</translation>
    </message>
    <message>
        <source>dispute: send it to the supervisors.</source>
        <translation>dispute：提交给主管。</translation>
    </message>
    <message>
        <source>settle: the answer to the dispute.</source>
        <translation>settle：对申诉的答复。</translation>
    </message>
    <message>
        <source>calibrate: the inspectors&apos; logins.</source>
        <translation>calibrate：质检员的登录名。</translation>
    </message>
    <message>
        <source>use: sdctl quality scorecard FILE | sample | queue | mine | escalated | show ID | review ID | ack ID | dispute ID | settle ID | calibrate NUMBER</source>
        <translation>用法：sdctl quality scorecard 文件 | sample | queue | mine | escalated | show 编号 | review 编号 | ack 编号 | dispute 编号 | settle 编号 | calibrate 工单号</translation>
    </message>
    <message>
        <source>give the review&apos;s number, e.g. 12</source>
        <translation>请给出质检编号，例如 12</translation>
    </message>
    <message>
        <source>quality inspection: scorecards, samples, reviews, disputes</source>
        <translation>质检：评分表、抽样、评分、申诉</translation>
    </message>
    <message>
        <source>%1: each criterion needs &quot;code&quot; and &quot;label&quot; (text), &quot;weight&quot; and &quot;points&quot; (whole numbers) and optionally &quot;critical&quot; (true or false)</source>
        <translation>%1：每项标准需要 &quot;code&quot; 和 &quot;label&quot;（文字）、&quot;weight&quot; 和 &quot;points&quot;（整数），可选 &quot;critical&quot;（true 或 false）</translation>
    </message>
    <message>
        <source>An agent&apos;s performance in a period against their team (docs/REPORTS.md).</source>
        <translation>一名坐席在某期间的绩效，与其团队比较（docs/REPORTS.md）。</translation>
    </message>
    <message>
        <source>The agent&apos;s login.</source>
        <translation>坐席的登录名。</translation>
    </message>
    <message>
        <source>--format: use json or pdf</source>
        <translation>--format：请使用 json 或 pdf</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>复核日期 %1</translation>
    </message>
    <message>
        <source>No risks.</source>
        <translation>没有风险。</translation>
    </message>
    <message>
        <source>Risk %1: %2</source>
        <translation>风险 %1：%2</translation>
    </message>
    <message>
        <source>Kind: %1; status: %2</source>
        <translation>类别：%1；状态：%2</translation>
    </message>
    <message>
        <source>Probability %1 × impact %2 = %3 (%4)</source>
        <translation>可能性 %1 × 影响 %2 = %3（%4）</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <source>Mitigation plan</source>
        <translation>应对计划</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>--kind: use one of %1</source>
        <translation>--kind：请使用以下之一：%1</translation>
    </message>
    <message>
        <source>--review: give a date as YYYY-MM-DD (or &quot;&quot; for none)</source>
        <translation>--review：请以 YYYY-MM-DD 格式给出日期（或用 &quot;&quot; 表示无）</translation>
    </message>
    <message>
        <source>list | show ID | add | update ID | move ID STATUS | heatmap | check</source>
        <translation>list | show ID | add | update ID | move ID STATUS | heatmap | check</translation>
    </message>
    <message>
        <source>list: closed risks too.</source>
        <translation>list：包括已关闭的风险。</translation>
    </message>
    <message>
        <source>list: only this status (open, mitigating, accepted, closed).</source>
        <translation>list：只列出该状态（open、mitigating、accepted、closed）。</translation>
    </message>
    <message>
        <source>add, update: the title.</source>
        <translation>add、update：标题。</translation>
    </message>
    <message>
        <source>add, update: product_quality, complaint_surge, legal_dispute, data_security, logistics, staffing or other.</source>
        <translation>add、update：product_quality、complaint_surge、legal_dispute、data_security、logistics、staffing 或 other。</translation>
    </message>
    <message>
        <source>add, update: what could happen.</source>
        <translation>add、update：可能发生的情况。</translation>
    </message>
    <message>
        <source>add, update: 1 (rare) to 5 (almost certain).</source>
        <translation>add、update：1（罕见）到 5（几乎肯定）。</translation>
    </message>
    <message>
        <source>add, update: 1 (minor) to 5 (severe).</source>
        <translation>add、update：1（轻微）到 5（严重）。</translation>
    </message>
    <message>
        <source>add, update: the owner&apos;s login.</source>
        <translation>add、update：负责人的登录名。</translation>
    </message>
    <message>
        <source>add, update: the mitigation plan.</source>
        <translation>add、update：应对计划。</translation>
    </message>
    <message>
        <source>add, update: the contingency plan.</source>
        <translation>add、update：应急预案。</translation>
    </message>
    <message>
        <source>add, update: the next review date.</source>
        <translation>add、update：下次复核日期。</translation>
    </message>
    <message>
        <source>--status: use one of %1</source>
        <translation>--status：请使用以下之一：%1</translation>
    </message>
    <message>
        <source>probability \ impact</source>
        <translation>可能性 \ 影响</translation>
    </message>
    <message>
        <source>Alert rules holding: %1; new risks: %2; updated: %3.</source>
        <translation>成立的预警规则：%1；新增风险：%2；更新：%3。</translation>
    </message>
    <message>
        <source>give the status: one of %1</source>
        <translation>请给出状态，以下之一：%1</translation>
    </message>
    <message>
        <source>The risk register (docs/RISKS.md): list, show, add, update and move risks, print the heat map, and check the alert rules (for cron or a systemd timer).</source>
        <translation>风险登记册（docs/RISKS.md）：列出、查看、新增、更新风险及变更其状态，打印热力图，并检查预警规则（供 cron 或 systemd 定时器使用）。</translation>
    </message>
    <message>
        <source>use: sdctl risk list [--all|--status S] | show ID | add --title T ... | update ID ... | move ID STATUS | heatmap | check</source>
        <translation>用法：sdctl risk list [--all|--status S] | show ID | add --title T ... | update ID ... | move ID STATUS | heatmap | check</translation>
    </message>
    <message>
        <source>the risk register: risks, heat map, alert rules</source>
        <translation>风险登记册：风险、热力图、预警规则</translation>
    </message>
    <message>
        <source>Nothing to draw for %1: drawn already, sampling switched off, or no scorecard in use.</source>
        <translation>%1 无需抽样：已抽过、抽样已关闭，或尚无启用的评分表。</translation>
    </message>
    <message>
        <source>%1 tickets drawn for review from %2 agents (%3).</source>
        <translation>已从 %2 位坐席抽取 %1 张工单待质检（%3）。</translation>
    </message>
    <message>
        <source>quality scorecard FILE.json: add a scorecard ({&quot;name&quot;, &quot;criteria&quot;: [{&quot;code&quot;, &quot;label&quot;, &quot;weight&quot;, &quot;points&quot;, &quot;critical&quot;}]}).
quality sample [--from DATE --to DATE] [--per-agent N] [--low-share 0-1]: draw each agent&apos;s resolved tickets for review (default: last week, 5 each); with --scheduled, the configuration&apos;s draw (quality_sampling) of the last period over, once.
quality queue | mine | escalated: the reviews to do, one&apos;s own reviewed tickets, the disputes sent to supervisors.
quality show ID | review ID --rate a=4,b=na --feedback TEXT | ack ID | dispute ID --comment TEXT [--to-supervisor] | settle ID --answer TEXT [--rate ...]
quality calibrate NUMBER --inspectors LOGIN,LOGIN: the same ticket for several inspectors, kept out of the figures.</source>
        <translation>quality scorecard 文件.json：新增评分表（{&quot;name&quot;, &quot;criteria&quot;: [{&quot;code&quot;, &quot;label&quot;, &quot;weight&quot;, &quot;points&quot;, &quot;critical&quot;}]}）。
quality sample [--from 日期 --to 日期] [--per-agent N] [--low-share 0-1]：从每位坐席已解决的工单中抽样质检（默认：上周，每人 5 张）；加 --scheduled 时按配置（quality_sampling）抽取上一个已结束周期，只抽一次。
quality queue | mine | escalated：待质检的工单、自己被质检的工单、提交给主管的申诉。
quality show 编号 | review 编号 --rate a=4,b=na --feedback 文字 | ack 编号 | dispute 编号 --comment 文字 [--to-supervisor] | settle 编号 --answer 文字 [--rate ...]
quality calibrate 工单号 --inspectors 登录名,登录名：同一工单交给多位质检员校准，不计入统计。</translation>
    </message>
    <message>
        <source>sample: the configuration&apos;s draw of the last period that is over, once (for cron).</source>
        <translation>sample：按配置抽取上一个已结束周期的样本，只抽一次（供 cron 使用）。</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>变更记录：</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>a PostgreSQL dump, read whole by pg_restore</source>
        <translation>PostgreSQL 转储，pg_restore 可完整读取</translation>
    </message>
    <message>
        <source>tickets: %1, customers: %2</source>
        <translation>工单：%1，客户：%2</translation>
    </message>
    <message>
        <source>Copies the database while desks keep working (a SQLite file: one consistent snapshot; a server: pg_dump), or checks a copy.</source>
        <translation>在各工作台照常工作时备份数据库（SQLite 文件：一致的快照；服务器：pg_dump），或检查一份备份。</translation>
    </message>
    <message>
        <source>Write the copy to FILE (never over an existing file).</source>
        <translation>把备份写入 FILE（从不覆盖已有文件）。</translation>
    </message>
    <message>
        <source>Check the copy FILE: read-only, integrity, schema version, counts.</source>
        <translation>检查备份 FILE：只读打开、完整性、数据结构版本、数量。</translation>
    </message>
    <message>
        <source>use: sdctl backup --to FILE [--db PATH] | sdctl backup --verify FILE</source>
        <translation>用法：sdctl backup --to FILE [--db PATH] | sdctl backup --verify FILE</translation>
    </message>
    <message>
        <source>The copy made by sdctl backup.</source>
        <translation>由 sdctl backup 生成的备份。</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>已恢复到 %1。</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>被替换的数据库保留在 %1。</translation>
    </message>
    <message>
        <source>copy the database while desks work, or check a copy</source>
        <translation>在工作台照常工作时备份数据库，或检查备份</translation>
    </message>
    <message>
        <source>put a checked copy in place of the database</source>
        <translation>用检查过的备份替换数据库</translation>
    </message>
    <message>
        <source>Puts a checked copy in place of the database: a SQLite file from a copy of it, a server&apos;s database from a dump of it (restored beside it, checked, then renamed in). The database replaced is kept beside it. Close every desk first.</source>
        <translation>用检查过的副本替换数据库：SQLite 文件用其副本恢复，服务器上的数据库用其转储恢复（先恢复到旁边的新数据库并检查，再改名替换）。被替换的数据库保留在旁边。请先关闭所有售后服务台。</translation>
    </message>
    <message>
        <source>The database it replaced is kept on the server as %1.</source>
        <translation>被替换的数据库以 %1 的名称保留在服务器上。</translation>
    </message>
</context>
</TS>
