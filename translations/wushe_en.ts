<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChangeCommand</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>ChangeReverter</name>
    <message>
        <source>这条记录在此之后又被修改过，不能撤销，以免覆盖后来的修改</source>
        <translation>This record was changed again afterwards; it cannot be undone without overwriting the later change</translation>
    </message>
    <message>
        <source>没有名为%1的记录表</source>
        <translation>There is no record table named %1</translation>
    </message>
    <message>
        <source>这条记录不存在或没有被删除</source>
        <translation>This record does not exist or has not been deleted</translation>
    </message>
    <message>
        <source>这次修改没有可撤销的内容</source>
        <translation>This change has nothing that can be undone</translation>
    </message>
</context>
<context>
    <name>CharityFund</name>
    <message>
        <source>社区基金会</source>
        <translation>Community foundation</translation>
    </message>
    <message>
        <source>慈善基金</source>
        <translation>Charity fund</translation>
    </message>
    <message>
        <source>村级互助金</source>
        <translation>Village mutual-aid fund</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expenditure</translation>
    </message>
</context>
<context>
    <name>CharityReferral</name>
    <message>
        <source>待救助</source>
        <translation>Awaiting assistance</translation>
    </message>
    <message>
        <source>已救助</source>
        <translation>Assisted</translation>
    </message>
    <message>
        <source>未获救助</source>
        <translation>Not assisted</translation>
    </message>
</context>
<context>
    <name>CharityReferralRepository</name>
    <message>
        <source>转介对象必须是社会救助台账中的在册家庭</source>
        <translation>The referred household must be registered in the social assistance ledger</translation>
    </message>
    <message>
        <source>请填写转介日期</source>
        <translation>Please enter the referral date</translation>
    </message>
    <message>
        <source>转介日期不能晚于今天</source>
        <translation>The referral date cannot be after today</translation>
    </message>
    <message>
        <source>请填写转介到的慈善组织</source>
        <translation>Please enter the charity the case is referred to</translation>
    </message>
    <message>
        <source>救助金额不能为负数</source>
        <translation>The assistance amount cannot be negative</translation>
    </message>
    <message>
        <source>尚未获得救助的转介，救助金额应为0</source>
        <translation>For a referral not yet assisted, the assistance amount should be 0</translation>
    </message>
    <message>
        <source>服务活动编号无效</source>
        <translation>Invalid service activity ID</translation>
    </message>
</context>
<context>
    <name>CharityRepository</name>
    <message>
        <source>请填写%1</source>
        <translation>Please enter the %1</translation>
    </message>
    <message>
        <source>%1不能晚于今天</source>
        <translation>The %1 cannot be after today</translation>
    </message>
    <message>
        <source>基金名称不能为空</source>
        <translation>Fund name cannot be empty</translation>
    </message>
    <message>
        <source>设立日期</source>
        <translation>establishment date</translation>
    </message>
    <message>
        <source>原始基金不能为负数</source>
        <translation>The initial endowment cannot be negative</translation>
    </message>
    <message>
        <source>所选基金不存在或已删除</source>
        <translation>The selected fund does not exist or has been deleted</translation>
    </message>
    <message>
        <source>基金余额%1元，不足以支出%2元</source>
        <translation>The fund balance of %1 yuan is not enough to pay out %2 yuan</translation>
    </message>
    <message>
        <source>收支日期</source>
        <translation>transaction date</translation>
    </message>
    <message>
        <source>收支日期不能早于基金设立日期</source>
        <translation>The transaction date cannot be before the fund&apos;s establishment date</translation>
    </message>
    <message>
        <source>金额应大于零</source>
        <translation>The amount must be greater than zero</translation>
    </message>
    <message>
        <source>这条收支记录已被删除</source>
        <translation>This income/expenditure record has been deleted</translation>
    </message>
    <message>
        <source>收支记录不能改到另一个基金，请删除后重新登记</source>
        <translation>An income/expenditure record cannot be moved to another fund; delete it and register it again</translation>
    </message>
    <message>
        <source>项目名称不能为空</source>
        <translation>Project name cannot be empty</translation>
    </message>
    <message>
        <source>请填写开始日期</source>
        <translation>Please enter the start date</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>Amounts cannot be negative</translation>
    </message>
    <message>
        <source>受赠日期</source>
        <translation>date of receipt</translation>
    </message>
    <message>
        <source>请填写捐赠人（匿名捐赠请选“匿名”）</source>
        <translation>Please enter the donor (for an anonymous donation, choose &quot;Anonymous&quot;)</translation>
    </message>
    <message>
        <source>资金捐赠的金额应大于零</source>
        <translation>The amount of a cash donation must be greater than zero</translation>
    </message>
    <message>
        <source>物资捐赠请填写物资名称和数量</source>
        <translation>For a donation of goods, enter the item name and quantity</translation>
    </message>
    <message>
        <source>所选募捐项目不存在或已删除</source>
        <translation>The selected fundraising project does not exist or has been deleted</translation>
    </message>
    <message>
        <source>超市名称不能为空</source>
        <translation>Supermarket name cannot be empty</translation>
    </message>
    <message>
        <source>开业日期</source>
        <translation>opening date</translation>
    </message>
</context>
<context>
    <name>CharitySupermarket</name>
    <message>
        <source>运营中</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>暂停营业</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ChildRecord</name>
    <message>
        <source>留守儿童</source>
        <translation>Left-behind child</translation>
    </message>
    <message>
        <source>困境儿童（家庭贫困）</source>
        <translation>Child in difficulty (family poverty)</translation>
    </message>
    <message>
        <source>困境儿童（自身残疾）</source>
        <translation>Child in difficulty (own disability)</translation>
    </message>
    <message>
        <source>困境儿童（监护缺失）</source>
        <translation>Child in difficulty (lack of guardianship)</translation>
    </message>
    <message>
        <source>事实无人抚养</source>
        <translation>De facto without carer</translation>
    </message>
    <message>
        <source>孤儿</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <source>无人监护</source>
        <translation>No guardian</translation>
    </message>
    <message>
        <source>父或母无监护能力</source>
        <translation>Parent unable to act as guardian</translation>
    </message>
    <message>
        <source>受委托监护人监护能力不足</source>
        <translation>Entrusted guardian lacks capacity</translation>
    </message>
    <message>
        <source>监护情况一般</source>
        <translation>Guardianship fair</translation>
    </message>
    <message>
        <source>监护情况较好</source>
        <translation>Guardianship good</translation>
    </message>
    <message>
        <source>未入园</source>
        <translation>Not in kindergarten</translation>
    </message>
    <message>
        <source>幼儿园</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>Junior high school</translation>
    </message>
    <message>
        <source>高中</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <source>中职</source>
        <translation>Secondary vocational school</translation>
    </message>
    <message>
        <source>辍学</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>不在学</source>
        <translation>Not in school</translation>
    </message>
    <message>
        <source>健康</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>患病</source>
        <translation>Ill</translation>
    </message>
    <message>
        <source>打工收入</source>
        <translation>Wages from migrant work</translation>
    </message>
    <message>
        <source>种养殖业</source>
        <translation>Farming and livestock</translation>
    </message>
    <message>
        <source>政府救助</source>
        <translation>Government assistance</translation>
    </message>
    <message>
        <source>亲朋接济</source>
        <translation>Help from relatives and friends</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>享受低保</source>
        <translation>Receives dibao</translation>
    </message>
    <message>
        <source>临时救助</source>
        <translation>Temporary assistance</translation>
    </message>
    <message>
        <source>医疗救助</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>住房救助</source>
        <translation>Housing assistance</translation>
    </message>
    <message>
        <source>其他救助</source>
        <translation>Other assistance</translation>
    </message>
</context>
<context>
    <name>ChildRepository</name>
    <message>
        <source>监护人身份号码有误：%1</source>
        <translation>The guardian&apos;s ID number is wrong: %1</translation>
    </message>
    <message>
        <source>监护人身份号码与儿童本人相同，请核对</source>
        <translation>The guardian&apos;s ID number is the same as the child&apos;s; please check</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>用法错误：</source>
        <translation>Usage error: </translation>
    </message>
    <message>
        <source>缺少 --%1</source>
        <translation>Missing --%1</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>检查数据库：结构版本、完整性、各表行数</source>
        <translation>Check a database: schema version, integrity, row counts per table</translation>
    </message>
    <message>
        <source>新建数据库并填入可重现的演示数据</source>
        <translation>Create a database and fill it with reproducible demo data</translation>
    </message>
    <message>
        <source>数据量倍数（默认1）</source>
        <translation>Data volume multiplier (default 1)</translation>
    </message>
    <message>
        <source>随机种子（默认2022），相同种子生成相同数据</source>
        <translation>Random seed (default 2022); the same seed gives the same data</translation>
    </message>
    <message>
        <source>--scale 应为1到1000之间的整数</source>
        <translation>--scale must be an integer from 1 to 1000</translation>
    </message>
    <message>
        <source>--seed 应为非负整数</source>
        <translation>--seed must be a non-negative integer</translation>
    </message>
    <message>
        <source>列出到期和逾期未探访、未复核的台账对象（TSV，逾期最久的在前）</source>
        <translation>List ledger entries due or overdue for a visit or review (TSV, longest overdue first)</translation>
    </message>
    <message>
        <source>只列出该区划及其下级（默认：整个辖区）</source>
        <translation>Only this division and those below it (default: the whole jurisdiction)</translation>
    </message>
    <message>
        <source>按该日期计算（默认：今天）</source>
        <translation>Calculate as of this date (default: today)</translation>
    </message>
    <message>
        <source>同时列出今后几天内到期的（默认7）</source>
        <translation>Also list entries falling due within this many days (default 7)</translation>
    </message>
    <message>
        <source>--unit 应为12位区划代码：%1</source>
        <translation>--unit must be a 12-digit division code: %1</translation>
    </message>
    <message>
        <source>--date 应为 YYYY-MM-DD 格式的日期：%1</source>
        <translation>--date must be a date in YYYY-MM-DD format: %1</translation>
    </message>
    <message>
        <source>--horizon 应为不小于0的天数：%1</source>
        <translation>--horizon must be a number of days, 0 or more: %1</translation>
    </message>
    <message>
        <source>区划%1不在本数据库的辖区内</source>
        <translation>Division %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>校验公民身份号码（GB 11643-1999）</source>
        <translation>Validate citizen ID numbers (GB 11643-1999)</translation>
    </message>
    <message>
        <source>身份号码，可多个</source>
        <translation>ID numbers, one or more</translation>
    </message>
    <message>
        <source>请给出至少一个身份号码</source>
        <translation>Give at least one ID number</translation>
    </message>
    <message>
        <source>辖区的12位区划代码（市、县或乡镇）</source>
        <translation>12-digit division code of the jurisdiction (city, county or township)</translation>
    </message>
    <message>
        <source>为一个辖区新建数据库</source>
        <translation>Create a database for a jurisdiction</translation>
    </message>
    <message>
        <source>打印数据库结构</source>
        <translation>Print the database schema</translation>
    </message>
    <message>
        <source>以TSV列出区划树（代码、名称、级别、类别、上级代码）</source>
        <translation>List the division tree as TSV (code, name, level, kind, parent code)</translation>
    </message>
    <message>
        <source>只列出该区划及其下级</source>
        <translation>Only this division and those below it</translation>
    </message>
    <message>
        <source>走访记录的年数（默认1，1到15）</source>
        <translation>Years of visit history (default 1, 1 to 15)</translation>
    </message>
    <message>
        <source>--years 应为1到15之间的整数</source>
        <translation>--years must be a whole number from 1 to 15</translation>
    </message>
    <message>
        <source>列出或打印一个台账（TSV 或 PDF 名册）</source>
        <translation>List or print a ledger (TSV or PDF register)</translation>
    </message>
    <message>
        <source>台账：elderly、child 或 relief</source>
        <translation>Ledger: elderly, child or relief</translation>
    </message>
    <message>
        <source>姓名、身份证号后几位或电话</source>
        <translation>Name, last digits of the ID number, or phone</translation>
    </message>
    <message>
        <source>类别键，例如 living_alone、left_behind、dibao_rural</source>
        <translation>Category key, e.g. living_alone, left_behind, dibao_rural</translation>
    </message>
    <message>
        <source>只列出逾期未访的</source>
        <translation>Only records whose visit is overdue</translation>
    </message>
    <message>
        <source>按该日期计算上次探访和逾期（默认：今天）</source>
        <translation>Compute last visit and overdue as of this date (default: today)</translation>
    </message>
    <message>
        <source>排序：name（拼音，默认）、id、birth、village</source>
        <translation>Sort: name (pinyin, default), id, birth, village</translation>
    </message>
    <message>
        <source>显示完整的身份证号和电话</source>
        <translation>Show full ID numbers and phones</translation>
    </message>
    <message>
        <source>把名册写入 PDF 文件</source>
        <translation>Write the register to a PDF file</translation>
    </message>
    <message>
        <source>--ledger 应为 elderly、child 或 relief：%1</source>
        <translation>--ledger must be elderly, child or relief: %1</translation>
    </message>
    <message>
        <source>该台账没有类别“%1”</source>
        <translation>This ledger has no category &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sort 应为 name、id、birth 或 village</source>
        <translation>--sort must be name, id, birth or village</translation>
    </message>
    <message>
        <source>把台账或名册导出为 Excel（.xlsx）或 CSV</source>
        <translation>Export a ledger or register to Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>台账或名册：%1</source>
        <translation>Ledger or register: %1</translation>
    </message>
    <message>
        <source>输出文件（.xlsx 或 .csv）</source>
        <translation>Output file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>只导出该区划及其下级（默认：整个辖区）</source>
        <translation>Only this division and those below it (default: the whole jurisdiction)</translation>
    </message>
    <message>
        <source>导出完整的身份证号和电话（默认部分隐藏）</source>
        <translation>Export full ID numbers and phones (default: partly hidden)</translation>
    </message>
    <message>
        <source>xlsx：第二个工作表列出探访、核查和复核记录（老年人、儿童、社会救助台账）</source>
        <translation>xlsx: a second sheet lists visits, verifications and reviews (elderly, children and social assistance ledgers)</translation>
    </message>
    <message>
        <source>CSV 编码：utf-8（默认，带BOM）或 gb18030</source>
        <translation>CSV encoding: utf-8 (default, with BOM) or gb18030</translation>
    </message>
    <message>
        <source>--ledger 应为 %1：%2</source>
        <translation>--ledger must be %1: %2</translation>
    </message>
    <message>
        <source>--encoding 应为 utf-8 或 gb18030：%1</source>
        <translation>--encoding must be utf-8 or gb18030: %1</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 CSV 文件导入台账或名册</source>
        <translation>Import a ledger or register from an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <source>把被拒绝的行（原值和原因）写入该 .xlsx 文件</source>
        <translation>Write rejected rows (original values and reasons) to this .xlsx file</translation>
    </message>
    <message>
        <source>只导入无误的行（默认：有一行被拒绝就全部不导入）</source>
        <translation>Import only the valid rows (default: import nothing if any row is rejected)</translation>
    </message>
    <message>
        <source>只检查，不写入数据库</source>
        <translation>Check only; do not write to the database</translation>
    </message>
    <message>
        <source>要导入的 .xlsx 或 .csv 文件</source>
        <translation>.xlsx or .csv file to import</translation>
    </message>
    <message>
        <source>请给出一个要导入的文件</source>
        <translation>Give a file to import</translation>
    </message>
    <message>
        <source>--errors 应为 .xlsx 文件：%1</source>
        <translation>--errors must be an .xlsx file: %1</translation>
    </message>
    <message>
        <source>第%1行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>错误：有%1行被拒绝，没有导入任何一行（用 --valid-rows 只导入无误的行） [import.refused]</source>
        <translation>Error: %1 row(s) rejected, no rows imported (use --valid-rows to import only the valid rows) [import.refused]</translation>
    </message>
    <message>
        <source>其中%1行与数据库中的记录相同，未作改动</source>
        <translation>Of these, %1 row(s) matched the records in the database and were left unchanged</translation>
    </message>
    <message>
        <source>试运行：没有写入数据库</source>
        <translation>Dry run: nothing written to the database</translation>
    </message>
    <message>
        <source>指定并列出试点乡镇（季度报告检查其覆盖率是否过半）</source>
        <translation>Designate and list pilot townships (the quarterly report checks that they cover more than half of their communities)</translation>
    </message>
    <message>
        <source>指定为试点乡镇的12位区划代码</source>
        <translation>12-digit division code of the township to designate as a pilot</translation>
    </message>
    <message>
        <source>指定日期（默认：今天）</source>
        <translation>Designation date (default: today)</translation>
    </message>
    <message>
        <source>--township 应为12位区划代码：%1</source>
        <translation>--township must be a 12-digit division code: %1</translation>
    </message>
    <message>
        <source>无法读取%1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1应为JSON对象（practices、cases、problems、next_plan）</source>
        <translation>%1 must be a JSON object (practices, cases, problems, next_plan)</translation>
    </message>
    <message>
        <source>季度“五社联动”工作进展情况报告：指标、PDF、Excel、上报数据包</source>
        <translation>Quarterly &quot;Five-Society Linkage&quot; progress report: indicators, PDF, Excel, data package for submission</translation>
    </message>
    <message>
        <source>报告单位的12位区划代码（县、乡镇或市）</source>
        <translation>12-digit division code of the reporting unit (county, township or city)</translation>
    </message>
    <message>
        <source>季度，如 2024Q1</source>
        <translation>Quarter, e.g. 2024Q1</translation>
    </message>
    <message>
        <source>以TSV列出每项指标</source>
        <translation>List every indicator as TSV</translation>
    </message>
    <message>
        <source>写出 PDF 报告</source>
        <translation>Write the PDF report</translation>
    </message>
    <message>
        <source>写出 Excel 报表</source>
        <translation>Write the Excel report</translation>
    </message>
    <message>
        <source>写出上报数据包（最近一次报送的版本）</source>
        <translation>Write the data package for submission (latest submitted revision)</translation>
    </message>
    <message>
        <source>列出某项指标背后的记录（本季度）</source>
        <translation>List the records behind an indicator (this quarter)</translation>
    </message>
    <message>
        <source>列出未达标的事项</source>
        <translation>List items that fall short of targets</translation>
    </message>
    <message>
        <source>列出近8个季度的报送情况（待报、逾期、已报）</source>
        <translation>List submissions for the last 8 quarters (pending, overdue, submitted)</translation>
    </message>
    <message>
        <source>审核并报送本季度报告（冻结指标和文字）</source>
        <translation>Review and submit this quarter&apos;s report (freezes the indicators and text)</translation>
    </message>
    <message>
        <source>与 --submit 同用：更正已报送的报告，报送新的修订版</source>
        <translation>With --submit: correct a submitted report and submit a new revision</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>工作情况文字（JSON：practices、cases、problems、next_plan）</source>
        <translation>Narrative text (JSON: practices, cases, problems, next_plan)</translation>
    </message>
    <message>
        <source>--amend 须与 --submit 同用</source>
        <translation>--amend must be used with --submit</translation>
    </message>
    <message>
        <source>市级报告只能在该市的数据库中汇总</source>
        <translation>A city report can only be compiled in that city&apos;s database</translation>
    </message>
    <message>
        <source>市级报告由各县数据包汇总，没有明细记录</source>
        <translation>A city report is compiled from the county data packages and has no detailed records</translation>
    </message>
    <message>
        <source>草稿（未报送）</source>
        <translation>Draft (not submitted)</translation>
    </message>
    <message>
        <source>已报送（第%1版）</source>
        <translation>Submitted (revision %1)</translation>
    </message>
    <message>
        <source>%1的报告尚未报送，不能生成上报数据包（先用 --submit 审核报送）</source>
        <translation>The report for %1 has not been submitted yet; cannot create the data package (review and submit it with --submit first)</translation>
    </message>
    <message>
        <source>导入下级报送的季度数据包，列出报送情况（已报、逾期、未报）</source>
        <translation>Import quarterly data packages submitted by lower levels and list submissions (submitted, overdue, not submitted)</translation>
    </message>
    <message>
        <source>要导入的数据包（可跟多个文件）</source>
        <translation>Data package(s) to import (one or more files)</translation>
    </message>
    <message>
        <source>列出该季度的报送情况，如 2024Q1</source>
        <translation>List submissions for this quarter, e.g. 2024Q1</translation>
    </message>
    <message>
        <source>更多数据包</source>
        <translation>More data packages</translation>
    </message>
    <message>
        <source>请用 --import 指定数据包，或用 --quarter 查看报送情况</source>
        <translation>Use --import to give data packages, or --quarter to view submissions</translation>
    </message>
    <message>
        <source>错误：%1：%2</source>
        <translation>Error: %1: %2</translation>
    </message>
    <message>
        <source>修改人（写入更改记录和“填表人”，默认：登录名）</source>
        <translation>Operator (written to the change log and as &quot;prepared by&quot;; default: the login name)</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>--%1 应为不小于%2的整数：%3</source>
        <translation>--%1 must be an integer not less than %2: %3</translation>
    </message>
    <message>
        <source>列出更改记录：每个被改动的行一行，按顺序号从旧到新</source>
        <translation>List the change log: one line per changed row, oldest sequence number first</translation>
    </message>
    <message>
        <source>只列出顺序号大于SEQ的记录</source>
        <translation>Only entries with a sequence number greater than SEQ</translation>
    </message>
    <message>
        <source>只列出该表（check 列出的表名，如 elderly_record）</source>
        <translation>Only this table (a table name as listed by check, e.g. elderly_record)</translation>
    </message>
    <message>
        <source>只列出该行（行的 id）</source>
        <translation>Only this row (the row&apos;s id)</translation>
    </message>
    <message>
        <source>最多列出N行（默认：全部）</source>
        <translation>At most N lines (default: all)</translation>
    </message>
    <message>
        <source>--table 应为数据库中的表名（见 check）：%1</source>
        <translation>--table must be a table of the database (see check): %1</translation>
    </message>
</context>
<context>
    <name>CommunityOrg</name>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filed for record</translation>
    </message>
    <message>
        <source>生活服务类</source>
        <translation>Life services</translation>
    </message>
    <message>
        <source>社区事务类</source>
        <translation>Community affairs</translation>
    </message>
    <message>
        <source>文体活动类</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <source>公益慈善类</source>
        <translation>Public welfare and charity</translation>
    </message>
    <message>
        <source>正常活动</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停止活动</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Deregistered</translation>
    </message>
</context>
<context>
    <name>CommunityOrgRepository</name>
    <message>
        <source>名称不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <source>请选择本辖区内的村（社区）</source>
        <translation>Please choose a village (community) within this jurisdiction</translation>
    </message>
    <message>
        <source>已登记的组织请填写登记证号</source>
        <translation>For a registered organization, enter the registration certificate number</translation>
    </message>
    <message>
        <source>成员数不能为负数</source>
        <translation>The number of members cannot be negative</translation>
    </message>
    <message>
        <source>成立日期不能晚于今天</source>
        <translation>The establishment date cannot be after today</translation>
    </message>
    <message>
        <source>本村（社区）已有名为“%1”的组织</source>
        <translation>This village (community) already has an organization named &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>CSV 文件中的引号没有闭合（第 %1 行）</source>
        <translation>Unclosed quotation mark in the CSV file (line %1)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>区划%1不在本数据库中</source>
        <translation>Division %1 is not in this database</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>无法打开数据库文件 %1：%2</source>
        <translation>Cannot open database file %1: %2</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是数据库文件：%1</source>
        <translation>The database file is damaged or not a database file: %1</translation>
    </message>
    <message>
        <source>数据库文件已损坏，未做任何修改。请从备份恢复。完整性检查：%1</source>
        <translation>The database file is damaged; nothing was changed. Please restore from a backup. Integrity check: %1</translation>
    </message>
    <message>
        <source>%1 不是五社联动工作台的数据库，未打开。</source>
        <translation>%1 is not a Five-Society Linkage Workbench database and was not opened.</translation>
    </message>
    <message>
        <source>此数据库由较新版本的程序写入（结构版本 %1，本程序只支持到 %2），为避免损坏未打开。请升级程序。</source>
        <translation>This database was written by a newer version of the program (schema version %1; this program supports up to %2) and was not opened, to avoid damaging it. Please upgrade the program.</translation>
    </message>
    <message>
        <source>找不到数据库文件：%1</source>
        <translation>Database file not found: %1</translation>
    </message>
    <message>
        <source>%1 不是文件</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是数据库文件，未做任何修改：%1</source>
        <translation>The database file is damaged or not a database; nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>--scale 应为不小于1的整数</source>
        <translation>--scale must be an integer of at least 1</translation>
    </message>
    <message>
        <source>数据库中没有辖区，无法生成演示数据</source>
        <translation>The database has no jurisdiction; cannot generate demo data</translation>
    </message>
    <message>
        <source>--years 应为1到15之间的整数</source>
        <translation>--years must be a whole number from 1 to 15</translation>
    </message>
</context>
<context>
    <name>DivisionCatalog</name>
    <message>
        <source>区划表第%1行“%2”列：%3</source>
        <translation>Division table, line %1, column &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>程序内置的行政区划表缺失</source>
        <translation>The built-in administrative division table is missing</translation>
    </message>
    <message>
        <source>行政区划表的表头不正确</source>
        <translation>The administrative division table has a wrong header</translation>
    </message>
    <message>
        <source>应有6列，实际%1列</source>
        <translation>Should have 6 columns, has %1</translation>
    </message>
    <message>
        <source>“%1”不是12位区划代码</source>
        <translation>&quot;%1&quot; is not a 12-digit division code</translation>
    </message>
    <message>
        <source>未知级别“%1”</source>
        <translation>Unknown level &quot;%1&quot;</translation>
    </message>
    <message>
        <source>代码%1重复</source>
        <translation>Duplicate code %1</translation>
    </message>
    <message>
        <source>%1 %2 的上级%3不在表中</source>
        <translation>The parent %3 of %1 %2 is not in the table</translation>
    </message>
</context>
<context>
    <name>Donation</name>
    <message>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>社会组织</source>
        <translation>Social organization</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>请指定日期</source>
        <translation>Please specify a date</translation>
    </message>
    <message>
        <source>提前天数不能为负数</source>
        <translation>Days ahead cannot be negative</translation>
    </message>
</context>
<context>
    <name>ElderlyRecord</name>
    <message>
        <source>留守</source>
        <translation>Left-behind</translation>
    </message>
    <message>
        <source>独居</source>
        <translation>Living alone</translation>
    </message>
    <message>
        <source>空巢</source>
        <translation>Empty-nest</translation>
    </message>
    <message>
        <source>失能</source>
        <translation>Incapacitated</translation>
    </message>
    <message>
        <source>重残</source>
        <translation>Severely disabled</translation>
    </message>
    <message>
        <source>计生特殊</source>
        <translation>Special family-planning family</translation>
    </message>
    <message>
        <source>高龄</source>
        <translation>Very old</translation>
    </message>
    <message>
        <source>经济困难</source>
        <translation>Financial hardship</translation>
    </message>
    <message>
        <source>分散供养特困</source>
        <translation>Tekun, dispersed support</translation>
    </message>
    <message>
        <source>养老金</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>子女供养</source>
        <translation>Support from children</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>Minimum living allowance (dibao)</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>Extreme poverty support (tekun)</translation>
    </message>
    <message>
        <source>劳动收入</source>
        <translation>Earned income</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>仅与配偶同住</source>
        <translation>Lives with spouse only</translation>
    </message>
    <message>
        <source>与孙辈同住</source>
        <translation>Lives with grandchildren</translation>
    </message>
    <message>
        <source>与子女同住</source>
        <translation>Lives with children</translation>
    </message>
    <message>
        <source>健康</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>基本健康</source>
        <translation>Mostly healthy</translation>
    </message>
    <message>
        <source>不健康但能自理</source>
        <translation>In poor health, can care for self</translation>
    </message>
    <message>
        <source>生活不能自理</source>
        <translation>Cannot care for self</translation>
    </message>
    <message>
        <source>子女照料</source>
        <translation>Cared for by children</translation>
    </message>
    <message>
        <source>配偶照料</source>
        <translation>Cared for by spouse</translation>
    </message>
    <message>
        <source>亲属邻里照料</source>
        <translation>Cared for by relatives or neighbours</translation>
    </message>
    <message>
        <source>机构或护工照料</source>
        <translation>Cared for by an institution or carer</translation>
    </message>
    <message>
        <source>无人照料</source>
        <translation>No one to provide care</translation>
    </message>
</context>
<context>
    <name>ExchangeColumns</name>
    <message>
        <source>活动名称</source>
        <translation>Activity name</translation>
    </message>
    <message>
        <source>活动日期</source>
        <translation>Activity date</translation>
    </message>
    <message>
        <source>服务领域</source>
        <translation>Service domain</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>参与主体</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>开展站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>服务人数</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>志愿服务时长（分钟）</source>
        <translation>Volunteer service time (minutes)</translation>
    </message>
    <message>
        <source>使用资金（元）</source>
        <translation>Funds used (yuan)</translation>
    </message>
    <message>
        <source>活动简介</source>
        <translation>Activity summary</translation>
    </message>
    <message>
        <source>服务活动记录</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>监护类型</source>
        <translation>Guardianship type</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>与儿童关系</source>
        <translation>Relationship to child</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>监护人身份证号</source>
        <translation>Guardian&apos;s ID number</translation>
    </message>
    <message>
        <source>父亲姓名</source>
        <translation>Father&apos;s name</translation>
    </message>
    <message>
        <source>父亲务工地点</source>
        <translation>Father&apos;s place of work</translation>
    </message>
    <message>
        <source>父亲电话</source>
        <translation>Father&apos;s phone</translation>
    </message>
    <message>
        <source>母亲姓名</source>
        <translation>Mother&apos;s name</translation>
    </message>
    <message>
        <source>母亲务工地点</source>
        <translation>Mother&apos;s place of work</translation>
    </message>
    <message>
        <source>母亲电话</source>
        <translation>Mother&apos;s phone</translation>
    </message>
    <message>
        <source>就学情况</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>是否寄宿</source>
        <translation>Boarding at school</translation>
    </message>
    <message>
        <source>身体情况</source>
        <translation>Physical condition</translation>
    </message>
    <message>
        <source>残疾或患病情况</source>
        <translation>Disability or illness</translation>
    </message>
    <message>
        <source>家庭经济来源</source>
        <translation>Household income source</translation>
    </message>
    <message>
        <source>救助帮扶情况</source>
        <translation>Assistance received</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>上次探访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>下次应访</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>组织名称</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <source>登记或备案</source>
        <translation>Registered or filed</translation>
    </message>
    <message>
        <source>登记证号或备案号</source>
        <translation>Registration or filing number</translation>
    </message>
    <message>
        <source>组织类型</source>
        <translation>Organization type</translation>
    </message>
    <message>
        <source>服务性公益性互助性</source>
        <translation>Service/public-welfare/mutual-aid</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation>Phone of person in charge</translation>
    </message>
    <message>
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>社区社会组织名册</source>
        <translation>Community social organization register</translation>
    </message>
    <message>
        <source>经济来源</source>
        <translation>Source of income</translation>
    </message>
    <message>
        <source>家庭结构</source>
        <translation>Household structure</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>照料情况</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>赡养人</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>赡养人电话</source>
        <translation>Supporter&apos;s phone</translation>
    </message>
    <message>
        <source>赡养人务工地</source>
        <translation>Supporter&apos;s place of work</translation>
    </message>
    <message>
        <source>结对帮扶人</source>
        <translation>Paired helper</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>Name of head of household</translation>
    </message>
    <message>
        <source>户主身份证号</source>
        <translation>ID number of head of household</translation>
    </message>
    <message>
        <source>救助类别</source>
        <translation>Assistance type</translation>
    </message>
    <message>
        <source>月保障金额（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>起保日期</source>
        <translation>Benefit start date</translation>
    </message>
    <message>
        <source>复核周期</source>
        <translation>Review interval</translation>
    </message>
    <message>
        <source>自理能力</source>
        <translation>Self-care ability</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>户人数</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>成员姓名</source>
        <translation>Member&apos;s name</translation>
    </message>
    <message>
        <source>成员身份证号</source>
        <translation>Member&apos;s ID number</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>劳动能力</source>
        <translation>Ability to work</translation>
    </message>
    <message>
        <source>上次核查</source>
        <translation>Last verification</translation>
    </message>
    <message>
        <source>下次复核</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>居住</source>
        <translation>Home </translation>
    </message>
    <message>
        <source>所属站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>证书等级</source>
        <translation>Certificate level</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>参加职业水平考试</source>
        <translation>Sat the professional level exam</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>到岗日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>离岗日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>社会工作者名册</source>
        <translation>Social worker register</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>探访人</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>转介说明</source>
        <translation>Referral notes</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>服务特长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>注册日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>志愿者名册</source>
        <translation>Volunteer register</translation>
    </message>
    <message>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>导出已取消，没有写入文件</source>
        <translation>Export cancelled; no file written</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 %2（导出日期：%3）</source>
        <translation>%1 %2 (export date: %3)</translation>
    </message>
    <message>
        <source> 身份证号和电话已部分隐藏</source>
        <translation> ID and phone numbers partly hidden</translation>
    </message>
    <message>
        <source>探访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>%1 探访记录</source>
        <translation>%1 visits</translation>
    </message>
</context>
<context>
    <name>Gb18030</name>
    <message>
        <source>无法使用 GB18030 编码：%1</source>
        <translation>Cannot use GB18030 encoding: %1</translation>
    </message>
    <message>
        <source>文本无法转换为 GB18030：%1</source>
        <translation>Text cannot be converted to GB18030: %1</translation>
    </message>
    <message>
        <source>文件既不是 UTF-8 也不是 GB18030 编码</source>
        <translation>The file is neither UTF-8 nor GB18030 encoded</translation>
    </message>
</context>
<context>
    <name>HappyHomeProject</name>
    <message>
        <source>筹备中</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>运行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>HappyHomeRepository</name>
    <message>
        <source>幸福家园村社互助工程只能建在村（社区），%1是%2</source>
        <translation>A Happy Home village mutual-aid project can only be set up in a village (community); %1 is a %2</translation>
    </message>
    <message>
        <source>请填写启动日期</source>
        <translation>Please enter the launch date</translation>
    </message>
    <message>
        <source>启动日期不能晚于今天</source>
        <translation>The launch date cannot be after today</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>Amounts cannot be negative</translation>
    </message>
    <message>
        <source>已使用资金%1元不能超过筹集资金%2元</source>
        <translation>Funds used (%1 yuan) cannot exceed funds raised (%2 yuan)</translation>
    </message>
    <message>
        <source>%1已有幸福家园村社互助工程（%2启动）</source>
        <translation>%1 already has a Happy Home village mutual-aid project (launched %2)</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>空格</source>
        <translation>space</translation>
    </message>
    <message>
        <source>身份证号码为空</source>
        <translation>The ID number is empty</translation>
    </message>
    <message>
        <source>长度应为18位（或15位旧号码），实际为%1位</source>
        <translation>Should be 18 digits (or 15 for an old number), but has %1</translation>
    </message>
    <message>
        <source>15位旧号码只能包含数字：第%1位“%2”不是数字</source>
        <translation>A 15-digit old number may contain only digits: character %1 &quot;%2&quot; is not a digit</translation>
    </message>
    <message>
        <source>只能包含数字，最后一位可为X：第%1位“%2”不是数字或X</source>
        <translation>Only digits are allowed, the last may be X: character %1 &quot;%2&quot; is not a digit or X</translation>
    </message>
    <message>
        <source>只能包含数字，最后一位可为X：第%1位“%2”不是数字</source>
        <translation>Only digits are allowed, the last may be X: character %1 &quot;%2&quot; is not a digit</translation>
    </message>
    <message>
        <source>地区码无效：%1 不是有效的省级代码</source>
        <translation>Invalid region code: %1 is not a valid province code</translation>
    </message>
    <message>
        <source>出生日期无效：%1</source>
        <translation>Invalid date of birth: %1</translation>
    </message>
    <message>
        <source>出生日期无效：%1（早于1890年1月1日）</source>
        <translation>Invalid date of birth: %1 (before 1 January 1890)</translation>
    </message>
    <message>
        <source>出生日期晚于今天：%1</source>
        <translation>Date of birth is after today: %1</translation>
    </message>
    <message>
        <source>校验码错误：应为%1，实际为%2</source>
        <translation>Wrong check digit: should be %1, is %2</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>没有找到表头行：前%1行中没有一行的列名能对应到台账的列（如 姓名、身份证号）</source>
        <translation>No header row found: none of the first %1 rows has column names that match the ledger&apos;s columns (such as 姓名, 身份证号)</translation>
    </message>
    <message>
        <source>村（社区）或区划代码</source>
        <translation>Village (community) or division code</translation>
    </message>
    <message>
        <source>文件缺少必需的列：%1</source>
        <translation>The file is missing required columns: %1</translation>
    </message>
    <message>
        <source>缺少必填项“%1”</source>
        <translation>Required field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>%1在文件中重复出现（第%2行），无法确定以哪一行为准</source>
        <translation>%1 appears more than once in the file (rows %2); cannot tell which row to use</translation>
    </message>
    <message>
        <source>同户其他成员的行有误（第%1行）</source>
        <translation>Another row of the same household has errors (row %1)</translation>
    </message>
    <message>
        <source>错误原因</source>
        <translation>Reason for error</translation>
    </message>
    <message>
        <source>被拒绝的行</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>%1：被拒绝的行（改正后可再次导入）</source>
        <translation>%1: rejected rows (correct them and import again)</translation>
    </message>
</context>
<context>
    <name>JurisdictionCreator</name>
    <message>
        <source>区划代码%1不存在（应为陕西省内的12位统计用区划代码）</source>
        <translation>Division code %1 does not exist (it should be a 12-digit statistical division code within Shaanxi Province)</translation>
    </message>
    <message>
        <source>%1 是%2；数据库只能为市、县（区）或乡镇（街道）建立</source>
        <translation>%1 is a %2; a database can only be created for a city, county (district) or township (subdistrict)</translation>
    </message>
    <message>
        <source>文件%1已存在，不会覆盖。请换一个文件名。</source>
        <translation>File %1 already exists and will not be overwritten. Please choose another file name.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>老年人台账</source>
        <translation>Elderly ledger</translation>
    </message>
    <message>
        <source>儿童台账</source>
        <translation>Children ledger</translation>
    </message>
    <message>
        <source>社会救助台账</source>
        <translation>Social assistance ledger</translation>
    </message>
    <message>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>每半年</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>Yearly</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>救助类别</source>
        <translation>Assistance type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>户人数</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>月保障金额（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>上次核查</source>
        <translation>Last verification</translation>
    </message>
    <message>
        <source>上次探访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>下次复核</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>下次应访</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <source>未访</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>%1（逾期）</source>
        <translation>%1 (overdue)</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>导出完整号码</source>
        <translation>Export Full Numbers</translation>
    </message>
    <message>
        <source>导出的文件将包含完整的身份证号和电话号码。
请妥善保管，不要通过微信群、邮件等渠道随意传送。
确定导出完整号码吗？</source>
        <translation>The exported file will contain full ID numbers and phone numbers.
Keep it safe and do not pass it around through WeChat groups, email or similar channels.
Export full numbers?</translation>
    </message>
    <message>
        <source>UTF-8（新版 Excel、WPS）</source>
        <translation>UTF-8 (newer Excel, WPS)</translation>
    </message>
    <message>
        <source>GB18030（旧版 Excel、WPS）</source>
        <translation>GB18030 (older Excel, WPS)</translation>
    </message>
    <message>
        <source>CSV 编码</source>
        <translation>CSV Encoding</translation>
    </message>
    <message>
        <source>文件编码：</source>
        <translation>File encoding:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已导出%1行到
%2</source>
        <translation>Exported %1 row(s) to
%2</translation>
    </message>
    <message>
        <source>导出为 Excel（号码部分隐藏）…</source>
        <translation>Export to Excel (Numbers Partly Hidden)...</translation>
    </message>
    <message>
        <source>导出为 Excel（完整号码）…</source>
        <translation>Export to Excel (Full Numbers)...</translation>
    </message>
    <message>
        <source>导出为 CSV（号码部分隐藏）…</source>
        <translation>Export to CSV (Numbers Partly Hidden)...</translation>
    </message>
    <message>
        <source>导出为 CSV（完整号码）…</source>
        <translation>Export to CSV (Full Numbers)...</translation>
    </message>
    <message>
        <source>从 Excel 或 CSV 导入…</source>
        <translation>Import from Excel or CSV...</translation>
    </message>
</context>
<context>
    <name>LedgerListDocument</name>
    <message>
        <source>%1%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>搜索“%1”</source>
        <translation>Search &quot;%1&quot;</translation>
    </message>
    <message>
        <source>只列逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>LedgerQuery</name>
    <message>
        <source>区划%1不在本数据库的辖区内</source>
        <translation>Division %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>查询台账需要指定日期</source>
        <translation>A ledger query needs a date</translation>
    </message>
    <message>
        <source>分页参数不正确</source>
        <translation>Invalid paging parameters</translation>
    </message>
    <message>
        <source>统计台账行数失败</source>
        <translation>Failed to count ledger rows</translation>
    </message>
</context>
<context>
    <name>LedgerRules</name>
    <message>
        <source>请填写登记日期</source>
        <translation>Please enter the registration date</translation>
    </message>
    <message>
        <source>登记日期不能晚于今天</source>
        <translation>The registration date cannot be after today</translation>
    </message>
    <message>
        <source>请至少选择一个老年人类别</source>
        <translation>Select at least one elderly category</translation>
    </message>
    <message>
        <source>登记时%1岁，老年人台账只登记60岁及以上的老人</source>
        <translation>Aged %1 at registration; the elderly ledger only registers people aged 60 and over</translation>
    </message>
    <message>
        <source>“高龄”指80岁及以上，登记时%1岁</source>
        <translation>&quot;Very old&quot; means aged 80 and over; aged %1 at registration</translation>
    </message>
    <message>
        <source>请至少选择一个儿童类别</source>
        <translation>Select at least one child category</translation>
    </message>
    <message>
        <source>登记日期早于出生日期</source>
        <translation>The registration date is before the date of birth</translation>
    </message>
    <message>
        <source>留守儿童指不满16周岁的未成年人，登记时%1岁</source>
        <translation>Left-behind children are minors under 16; aged %1 at registration</translation>
    </message>
    <message>
        <source>儿童台账只登记不满18周岁的未成年人，登记时%1岁</source>
        <translation>The children ledger only registers minors under 18; aged %1 at registration</translation>
    </message>
    <message>
        <source>请先填写户主</source>
        <translation>Please enter the head of household first</translation>
    </message>
    <message>
        <source>一户只能有一位户主</source>
        <translation>A household can have only one head</translation>
    </message>
    <message>
        <source>身份号码%1在本户中出现了两次</source>
        <translation>ID number %1 appears twice in this household</translation>
    </message>
    <message>
        <source>月保障金额不能为负数</source>
        <translation>The monthly benefit cannot be negative</translation>
    </message>
    <message>
        <source>请填写起保日期</source>
        <translation>Please enter the benefit start date</translation>
    </message>
    <message>
        <source>起保日期不能晚于今天</source>
        <translation>The benefit start date cannot be after today</translation>
    </message>
    <message>
        <source>特困供养人员须评定生活自理能力</source>
        <translation>Self-care ability must be assessed for extreme poverty support (tekun) recipients</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>无法访问SQLite连接</source>
        <translation>Cannot access the SQLite connection</translation>
    </message>
    <message>
        <source>数据库升级到第%1版（%2）失败，文件未改动：%3</source>
        <translation>Upgrading the database to version %1 (%2) failed; the file was not changed: %3</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>金额“%1”格式不对：应为元，最多两位小数，例如 650 或 650.50</source>
        <translation>Amount &quot;%1&quot; is not valid: enter yuan with at most two decimals, e.g. 650 or 650.50</translation>
    </message>
</context>
<context>
    <name>NameIndex</name>
    <message>
        <source>没有名为“%1”的%2</source>
        <translation>No %2 named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>有%1个名为“%2”的%3</source>
        <translation>There are %1 %3 entries named &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>恢复已删除的记录</source>
        <translation>Restore a deleted record</translation>
    </message>
    <message>
        <source>找不到要撤销的修改（第%1批）</source>
        <translation>The change to undo was not found (batch %1)</translation>
    </message>
    <message>
        <source>重做：%1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>撤销：%1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>季度报告：建立草稿 %1</source>
        <translation>Quarterly report: draft %1</translation>
    </message>
    <message>
        <source>季度报告：保存 %1</source>
        <translation>Quarterly report: save %1</translation>
    </message>
    <message>
        <source>季度报告：审核通过 %1</source>
        <translation>Quarterly report: reviewed %1</translation>
    </message>
    <message>
        <source>季度报告：报送 %1</source>
        <translation>Quarterly report: submitted %1</translation>
    </message>
    <message>
        <source>季度报告：新建修订版 %1</source>
        <translation>Quarterly report: new revision %1</translation>
    </message>
    <message>
        <source>季度报告：审核并报送 %1</source>
        <translation>Quarterly report: reviewed and submitted %1</translation>
    </message>
    <message>
        <source>导入下级数据包：%1</source>
        <translation>Import a lower unit&apos;s package: %1</translation>
    </message>
    <message>
        <source>确定试点乡镇：%1</source>
        <translation>Designate pilot townships: %1</translation>
    </message>
    <message>
        <source>导入%1：%2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message>
        <source>老年人台账</source>
        <translation>Elderly ledger</translation>
    </message>
    <message>
        <source>儿童台账</source>
        <translation>Children ledger</translation>
    </message>
    <message>
        <source>社会救助台账</source>
        <translation>Social assistance ledger</translation>
    </message>
    <message>
        <source>探访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>社会工作者</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>社区社会组织</source>
        <translation>Community social organization</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>志愿服务记录</source>
        <translation>Volunteer service record</translation>
    </message>
    <message>
        <source>服务活动</source>
        <translation>Service activity</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>驻站人员</source>
        <translation>Resident staff</translation>
    </message>
    <message>
        <source>慈善基金</source>
        <translation>Charity fund</translation>
    </message>
    <message>
        <source>基金收支</source>
        <translation>Fund flow</translation>
    </message>
    <message>
        <source>募捐项目</source>
        <translation>Fundraising project</translation>
    </message>
    <message>
        <source>捐赠</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>慈善超市</source>
        <translation>Charity supermarket</translation>
    </message>
    <message>
        <source>幸福家园项目</source>
        <translation>Happy Home project</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>政府购买服务项目</source>
        <translation>Government-purchased service project</translation>
    </message>
    <message>
        <source>项目支出</source>
        <translation>Project spending</translation>
    </message>
    <message>
        <source>项目评估</source>
        <translation>Project evaluation</translation>
    </message>
</context>
<context>
    <name>OrgTargets</name>
    <message>
        <source>社区社会组织%1个，少于%2个</source>
        <translation>%1 community social organizations, fewer than %2</translation>
    </message>
    <message>
        <source>服务性、公益性、互助性组织%1个，未超过半数</source>
        <translation>%1 service, public-welfare and mutual-aid organizations, not more than half</translation>
    </message>
</context>
<context>
    <name>OrgUnit</name>
    <message>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>County (district)</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>农村</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>OrgUnitRepository</name>
    <message>
        <source>数据库中没有辖区信息，文件可能不完整</source>
        <translation>The database holds no jurisdiction information; the file may be incomplete</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>无法开始打印（打印机或文件不可用）</source>
        <translation>Cannot start printing (printer or file unavailable)</translation>
    </message>
    <message>
        <source>填报单位：%1&#x3000;&#x3000;填表人：%2&#x3000;&#x3000;日期：%3</source>
        <translation>Reporting unit: %1    Prepared by: %2    Date: %3</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>无法开始新的一页</source>
        <translation>Cannot start a new page</translation>
    </message>
    <message>
        <source>第 %1 页 共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>无法写入%1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>保存%1失败：%2</source>
        <translation>Saving %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>PersonFormDocument</name>
    <message>
        <source>所属村（社区）：%1</source>
        <translation>Village (community): %1</translation>
    </message>
    <message>
        <source>登记日期：%1</source>
        <translation>Registered on: %1</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>老年人类别</source>
        <translation>Elderly categories</translation>
    </message>
    <message>
        <source>经济来源</source>
        <translation>Source of income</translation>
    </message>
    <message>
        <source>家庭结构</source>
        <translation>Household structure</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>照料情况</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>赡养人</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>赡养人电话</source>
        <translation>Supporter&apos;s phone</translation>
    </message>
    <message>
        <source>务工地</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>结对帮扶人</source>
        <translation>Paired helper</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>探访关爱需求</source>
        <translation>Visiting and care needs</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>老人或家属</source>
        <translation>Elder or family member</translation>
    </message>
    <message>
        <source>老年人信息登记表</source>
        <translation>Elderly Person Registration Form</translation>
    </message>
    <message>
        <source>儿童信息登记表</source>
        <translation>Child Registration Form</translation>
    </message>
    <message>
        <source>家庭经济状况入户核查表</source>
        <translation>Household Financial Situation Verification Form</translation>
    </message>
    <message>
        <source>儿童类别</source>
        <translation>Child categories</translation>
    </message>
    <message>
        <source>就学情况</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>学校寄宿</source>
        <translation>Boarding at school</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>身体状况</source>
        <translation>Physical condition</translation>
    </message>
    <message>
        <source>残疾或患病情况</source>
        <translation>Disability or illness</translation>
    </message>
    <message>
        <source>父亲</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>务工地点</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>母亲</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>实际监护人</source>
        <translation>Actual guardian</translation>
    </message>
    <message>
        <source>与儿童关系</source>
        <translation>Relationship to child</translation>
    </message>
    <message>
        <source>监护人身份证号</source>
        <translation>Guardian&apos;s ID number</translation>
    </message>
    <message>
        <source>监护类型</source>
        <translation>Guardianship type</translation>
    </message>
    <message>
        <source>家庭经济来源</source>
        <translation>Household income source</translation>
    </message>
    <message>
        <source>救助帮扶情况</source>
        <translation>Assistance received</translation>
    </message>
    <message>
        <source>复核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>核查日期：______年____月____日</source>
        <translation>Verification date: ____________</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>Name of head of household</translation>
    </message>
    <message>
        <source>救助类别</source>
        <translation>Assistance type</translation>
    </message>
    <message>
        <source>月保障金额（元）</source>
        <translation>Monthly benefit (yuan)</translation>
    </message>
    <message>
        <source>起保日期</source>
        <translation>Benefit start date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>复核周期</source>
        <translation>Review interval</translation>
    </message>
    <message>
        <source>家庭人口</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>生活自理能力</source>
        <translation>Self-care ability</translation>
    </message>
    <message>
        <source>共同生活家庭成员</source>
        <translation>Household members living together</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>劳动能力</source>
        <translation>Ability to work</translation>
    </message>
    <message>
        <source>本人签字</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>入户核查情况</source>
        <translation>Household verification findings</translation>
    </message>
    <message>
        <source>家庭收入</source>
        <translation>Household income</translation>
    </message>
    <message>
        <source>家庭财产</source>
        <translation>Household assets</translation>
    </message>
    <message>
        <source>居住状况</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>生活状况</source>
        <translation>Living conditions</translation>
    </message>
    <message>
        <source>核查结论</source>
        <translation>Verification conclusion</translation>
    </message>
    <message>
        <source>调查人一</source>
        <translation>Investigator 1</translation>
    </message>
    <message>
        <source>调查人二</source>
        <translation>Investigator 2</translation>
    </message>
    <message>
        <source>被调查人</source>
        <translation>Person interviewed</translation>
    </message>
    <message>
        <source>日期：______年____月____日</source>
        <translation>Date: ____________</translation>
    </message>
</context>
<context>
    <name>PersonLedgerTable</name>
    <message>
        <source>%1（%2）已在%3中，不能重复登记</source>
        <translation>%1 (%2) is already in the %3 and cannot be registered twice</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>姓名不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <source>姓名过长（最多30个字）</source>
        <translation>Name is too long (at most 30 characters)</translation>
    </message>
    <message>
        <source>请选择本辖区内的村（社区）</source>
        <translation>Please choose a village (community) within this jurisdiction</translation>
    </message>
    <message>
        <source>身份号码%1已登记为“%2”，与“%3”不一致，请核对</source>
        <translation>ID number %1 is already registered as &quot;%2&quot;, which differs from &quot;%3&quot;; please check</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>电话号码“%1”格式不对：应为11位手机号或带区号的固定电话</source>
        <translation>Phone number &quot;%1&quot; is not valid: enter an 11-digit mobile number or a landline number with area code</translation>
    </message>
</context>
<context>
    <name>PilotTownships</name>
    <message>
        <source>区划%1不在本数据库的辖区内</source>
        <translation>Division %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>%1不是乡镇（街道），不能作为试点乡镇</source>
        <translation>%1 is not a township (subdistrict) and cannot be a pilot township</translation>
    </message>
    <message>
        <source>%1已是试点乡镇</source>
        <translation>%1 is already a pilot township</translation>
    </message>
</context>
<context>
    <name>PurchasedProject</name>
    <message>
        <source>人员经费</source>
        <translation>Staff costs</translation>
    </message>
    <message>
        <source>活动经费</source>
        <translation>Activity costs</translation>
    </message>
    <message>
        <source>培训经费</source>
        <translation>Training costs</translation>
    </message>
    <message>
        <source>管理费用</source>
        <translation>Administrative costs</translation>
    </message>
    <message>
        <source>其他支出</source>
        <translation>Other expenditure</translation>
    </message>
    <message>
        <source>第三方机构</source>
        <translation>Third-party agency</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>民政局</source>
        <translation>Civil affairs bureau</translation>
    </message>
</context>
<context>
    <name>PurchasedProjectRepository</name>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Satisfactory</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Unsatisfactory</translation>
    </message>
    <message>
        <source>项目名称不能为空</source>
        <translation>Project name cannot be empty</translation>
    </message>
    <message>
        <source>请填写购买方</source>
        <translation>Please enter the purchaser</translation>
    </message>
    <message>
        <source>请填写承接机构</source>
        <translation>Please enter the contracted provider</translation>
    </message>
    <message>
        <source>合同金额不能为负数</source>
        <translation>The contract amount cannot be negative</translation>
    </message>
    <message>
        <source>请填写服务期限的起止日期</source>
        <translation>Please enter the start and end dates of the service period</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>已支出%1元，合同金额不能少于此数</source>
        <translation>%1 yuan has already been spent; the contract amount cannot be less than that</translation>
    </message>
    <message>
        <source>所选项目不存在或已删除</source>
        <translation>The selected project does not exist or has been deleted</translation>
    </message>
    <message>
        <source>请填写支出日期</source>
        <translation>Please enter the expenditure date</translation>
    </message>
    <message>
        <source>支出日期不能晚于今天</source>
        <translation>The expenditure date cannot be after today</translation>
    </message>
    <message>
        <source>支出金额应大于零</source>
        <translation>The expenditure amount must be greater than zero</translation>
    </message>
    <message>
        <source>累计支出%1元将超过合同金额%2元</source>
        <translation>Total expenditure of %1 yuan would exceed the contract amount of %2 yuan</translation>
    </message>
    <message>
        <source>请填写评估日期</source>
        <translation>Please enter the evaluation date</translation>
    </message>
    <message>
        <source>评估日期不能晚于今天</source>
        <translation>The evaluation date cannot be after today</translation>
    </message>
    <message>
        <source>评估得分应在0到100之间</source>
        <translation>The evaluation score must be between 0 and 100</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>五社联动工作台</source>
        <translation>Five-Society Linkage Workbench</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <source>季度应写作“2024Q1”：%1</source>
        <translation>A quarter must be written as &quot;2024Q1&quot;: %1</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>区划%1不在本数据库的辖区内</source>
        <translation>Division %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>季度报告按县（区）或乡镇（街道）统计；市级报告由各县上报的数据汇总</source>
        <translation>Quarterly reports are compiled for a county (district) or township (subdistrict); a city report adds up the data submitted by its counties</translation>
    </message>
    <message>
        <source>指标“%1”没有可列出的明细</source>
        <translation>Indicator &quot;%1&quot; has no details to list</translation>
    </message>
    <message>
        <source>一、四级服务体系建设</source>
        <translation>1. Four-tier service system</translation>
    </message>
    <message>
        <source>二、三级培训</source>
        <translation>2. Three-level training</translation>
    </message>
    <message>
        <source>三、社工站服务开展</source>
        <translation>3. Social-work station services</translation>
    </message>
    <message>
        <source>四、社区社会组织</source>
        <translation>4. Community social organizations</translation>
    </message>
    <message>
        <source>五、志愿服务</source>
        <translation>5. Volunteer service</translation>
    </message>
    <message>
        <source>六、社会慈善资源</source>
        <translation>6. Social charity resources</translation>
    </message>
    <message>
        <source>七、台账与探访</source>
        <translation>7. Ledgers and visits</translation>
    </message>
    <message>
        <source>八、政府购买服务</source>
        <translation>8. Government-purchased services</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>这条记录已被其他人修改或删除，请重新打开后再保存</source>
        <translation>This record has been changed or deleted by someone else; reopen it before saving</translation>
    </message>
</context>
<context>
    <name>RegistryList</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RegistryListDocument</name>
    <message>
        <source>期间 %1 至 %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>截至 %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>Records: %1</translation>
    </message>
</context>
<context>
    <name>RegistrySpecs</name>
    <message>
        <source>跨领域</source>
        <translation>Cross-domain</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>社会工作服务站（室）</source>
        <translation>Social work service stations (rooms)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>所在区划</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>建立日期</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>驻站人员</source>
        <translation>Resident staff</translation>
    </message>
    <message>
        <source>制度健全</source>
        <translation>Rules in place</translation>
    </message>
    <message>
        <source>规范建设</source>
        <translation>Standardized</translation>
    </message>
    <message>
        <source>未达标条件</source>
        <translation>Unmet conditions</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>到岗日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>离岗日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>社会工作者名册</source>
        <translation>Social worker register</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>所在站点（区划）</source>
        <translation>Station (division)</translation>
    </message>
    <message>
        <source>职业水平</source>
        <translation>Certificate level</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>参加职业水平考试</source>
        <translation>Sat the professional level exam</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>社区社会组织名册</source>
        <translation>Community social organization register</translation>
    </message>
    <message>
        <source>组织名称</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <source>所在社区（村）</source>
        <translation>Community (village)</translation>
    </message>
    <message>
        <source>登记/备案</source>
        <translation>Registered/filed</translation>
    </message>
    <message>
        <source>证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>服务性/公益性/互助性</source>
        <translation>Service/public-welfare/mutual-aid</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>社区社会组织未达标社区（村）</source>
        <translation>Villages (communities) below the community social organization target</translation>
    </message>
    <message>
        <source>社区（村）</source>
        <translation>Community (village)</translation>
    </message>
    <message>
        <source>城乡</source>
        <translation>Urban/rural</translation>
    </message>
    <message>
        <source>组织数</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>其中服务性等</source>
        <translation>Of which service/public-welfare/mutual-aid</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>未达标原因</source>
        <translation>Reason not met</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>志愿者名册</source>
        <translation>Volunteer register</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>技能特长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>登记单位</source>
        <translation>Registering unit</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>累计服务（小时）</source>
        <translation>Total service (hours)</translation>
    </message>
    <message>
        <source>志愿服务队伍</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <source>队伍名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>所属区划</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>队员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>志愿服务记录</source>
        <translation>Volunteer service records</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>Service date</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>服务地点</source>
        <translation>Place of service</translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <source>社工+志愿者</source>
        <translation>Social worker + volunteer</translation>
    </message>
    <message>
        <source>服务活动登记</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>服务领域</source>
        <translation>Service domain</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Activity name</translation>
    </message>
    <message>
        <source>参与主体</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>服务人数</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>志愿服务（小时）</source>
        <translation>Volunteer service (hours)</translation>
    </message>
    <message>
        <source>使用资金（元）</source>
        <translation>Funds used (yuan)</translation>
    </message>
    <message>
        <source>培训登记</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>培训主题</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>举办区划</source>
        <translation>Held in</translation>
    </message>
    <message>
        <source>参训人数</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>慈善基金</source>
        <translation>Charity funds</translation>
    </message>
    <message>
        <source>设立日期</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>初始金额（元）</source>
        <translation>Initial amount (yuan)</translation>
    </message>
    <message>
        <source>余额（元）</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <source>管理人</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>募捐项目</source>
        <translation>Fundraising projects</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>发起方</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>目标（元）</source>
        <translation>Target (yuan)</translation>
    </message>
    <message>
        <source>已筹（元）</source>
        <translation>Raised (yuan)</translation>
    </message>
    <message>
        <source>捐赠登记</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>接收日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>捐赠方</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>捐赠方类型</source>
        <translation>Donor type</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>金额/估值（元）</source>
        <translation>Amount/value (yuan)</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>进入基金</source>
        <translation>Paid into fund</translation>
    </message>
    <message>
        <source>接收区划</source>
        <translation>Receiving division</translation>
    </message>
    <message>
        <source>慈善超市</source>
        <translation>Charity supermarkets</translation>
    </message>
    <message>
        <source>开业日期</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>运营方</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>幸福家园村社互助工程</source>
        <translation>Happy Home village mutual-aid projects</translation>
    </message>
    <message>
        <source>启动日期</source>
        <translation>Launch date</translation>
    </message>
    <message>
        <source>筹集资金（元）</source>
        <translation>Funds raised (yuan)</translation>
    </message>
    <message>
        <source>已使用（元）</source>
        <translation>Used (yuan)</translation>
    </message>
    <message>
        <source>结余（元）</source>
        <translation>Remaining (yuan)</translation>
    </message>
    <message>
        <source>转介慈善救助</source>
        <translation>Referrals to charitable assistance</translation>
    </message>
    <message>
        <source>转介日期</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>转介至</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>受助金额（元）</source>
        <translation>Assistance received (yuan)</translation>
    </message>
    <message>
        <source>政府购买服务项目</source>
        <translation>Government-purchased service projects</translation>
    </message>
    <message>
        <source>购买方</source>
        <translation>Purchaser</translation>
    </message>
    <message>
        <source>承接方</source>
        <translation>Contracted provider</translation>
    </message>
    <message>
        <source>合同金额（元）</source>
        <translation>Contract amount (yuan)</translation>
    </message>
    <message>
        <source>人员经费（元）</source>
        <translation>Staff costs (yuan)</translation>
    </message>
    <message>
        <source>已支出（元）</source>
        <translation>Spent (yuan)</translation>
    </message>
    <message>
        <source>最近评估得分</source>
        <translation>Latest evaluation score</translation>
    </message>
    <message>
        <source>结果公开</source>
        <translation>Results published</translation>
    </message>
</context>
<context>
    <name>RegistryTable</name>
    <message>
        <source>区划代码%1不在本数据库的辖区内</source>
        <translation>Division code %1 is not within the jurisdiction of this database</translation>
    </message>
</context>
<context>
    <name>ReliefExchange</name>
    <message>
        <source>户主%1已是另一户（户主%2）的成员</source>
        <translation>Head of household %1 is already a member of another household (head %2)</translation>
    </message>
    <message>
        <source>同一户各成员行的“%1”不一致</source>
        <translation>The &quot;%1&quot; values of the member rows of one household differ</translation>
    </message>
    <message>
        <source>户主姓名“%1”与户主本人行的姓名“%2”不一致</source>
        <translation>Head of household name &quot;%1&quot; differs from the name &quot;%2&quot; in the head&apos;s own row</translation>
    </message>
</context>
<context>
    <name>ReliefHousehold</name>
    <message>
        <source>城市低保</source>
        <translation>Urban dibao</translation>
    </message>
    <message>
        <source>农村低保</source>
        <translation>Rural dibao</translation>
    </message>
    <message>
        <source>特困集中供养</source>
        <translation>Tekun, centralized support</translation>
    </message>
    <message>
        <source>特困分散供养</source>
        <translation>Tekun, dispersed support</translation>
    </message>
    <message>
        <source>临时救助</source>
        <translation>Temporary assistance</translation>
    </message>
    <message>
        <source>未评估</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>具备生活自理能力</source>
        <translation>Able to care for self</translation>
    </message>
    <message>
        <source>部分丧失生活自理能力</source>
        <translation>Partly unable to care for self</translation>
    </message>
    <message>
        <source>完全丧失生活自理能力</source>
        <translation>Completely unable to care for self</translation>
    </message>
    <message>
        <source>在保</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>增发</source>
        <translation>Increased</translation>
    </message>
    <message>
        <source>减发</source>
        <translation>Reduced</translation>
    </message>
    <message>
        <source>停保</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>每半年</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>孙子女</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>有劳动能力</source>
        <translation>Able to work</translation>
    </message>
    <message>
        <source>部分劳动能力</source>
        <translation>Partly able to work</translation>
    </message>
    <message>
        <source>无劳动能力</source>
        <translation>Unable to work</translation>
    </message>
    <message>
        <source>健康</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>慢性病</source>
        <translation>Chronic illness</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>重病</source>
        <translation>Serious illness</translation>
    </message>
</context>
<context>
    <name>ReliefRepository</name>
    <message>
        <source>%1（%2）已是%3户主“%4”家的救助家庭成员，一人只能在一个救助家庭中；请先从原家庭中移除</source>
        <translation>%1 (%2) is already a member of the assisted household of &quot;%4&quot; in %3; a person can belong to only one assisted household; remove them from that household first</translation>
    </message>
    <message>
        <source>这户未保存或已删除，不能修改</source>
        <translation>This household has not been saved or was deleted and cannot be changed</translation>
    </message>
    <message>
        <source>%1的人员信息已被其他人删除，请重新打开后再保存</source>
        <translation>The personal details of %1 were deleted by someone else; reopen before saving</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>报告数据格式不对：%1</source>
        <translation>Report data has the wrong format: %1</translation>
    </message>
</context>
<context>
    <name>ReportingUnit</name>
    <message>
        <source>%1社会工作服务站</source>
        <translation>%1 Social Work Service Station</translation>
    </message>
    <message>
        <source>%1民政局</source>
        <translation>%1 Civil Affairs Bureau</translation>
    </message>
</context>
<context>
    <name>ServiceActivity</name>
    <message>
        <source>社会救助</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <source>养老服务</source>
        <translation>Elderly care</translation>
    </message>
    <message>
        <source>儿童福利</source>
        <translation>Child welfare</translation>
    </message>
    <message>
        <source>社区治理</source>
        <translation>Community governance</translation>
    </message>
    <message>
        <source>社会事务</source>
        <translation>Social affairs</translation>
    </message>
    <message>
        <source>平安建设</source>
        <translation>Public safety</translation>
    </message>
    <message>
        <source>乡村振兴</source>
        <translation>Rural revitalization</translation>
    </message>
    <message>
        <source>疫情防控</source>
        <translation>Epidemic prevention and control</translation>
    </message>
    <message>
        <source>需求调研</source>
        <translation>Needs survey</translation>
    </message>
    <message>
        <source>服务计划</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>资源链接</source>
        <translation>Resource linking</translation>
    </message>
    <message>
        <source>专业服务</source>
        <translation>Professional service</translation>
    </message>
    <message>
        <source>探访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>宣传</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>协商议事</source>
        <translation>Community deliberation</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>社会组织</source>
        <translation>Social organization</translation>
    </message>
    <message>
        <source>社会工作者</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>社区志愿者</source>
        <translation>Community volunteer</translation>
    </message>
    <message>
        <source>社会慈善资源</source>
        <translation>Social charity resources</translation>
    </message>
    <message>
        <source>社区社会组织</source>
        <translation>Community social organization</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>ServiceActivityRepository</name>
    <message>
        <source>请填写活动名称</source>
        <translation>Please enter the activity name</translation>
    </message>
    <message>
        <source>请填写活动日期</source>
        <translation>Please enter the activity date</translation>
    </message>
    <message>
        <source>活动日期不能晚于今天</source>
        <translation>The activity date cannot be after today</translation>
    </message>
    <message>
        <source>服务人数、志愿服务时长和使用资金不能为负数</source>
        <translation>The number of people served, volunteer hours and funds used cannot be negative</translation>
    </message>
    <message>
        <source>参与主体不在“五社”之内</source>
        <translation>A participant is not one of the &quot;five societies&quot;</translation>
    </message>
    <message>
        <source>区划代码%1不在本数据库的辖区内</source>
        <translation>Division code %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>开展活动的站点不存在</source>
        <translation>The station holding the activity does not exist</translation>
    </message>
</context>
<context>
    <name>ServiceUnit</name>
    <message>
        <source>市级“五社联动”工作机构</source>
        <translation>City &quot;Five-Society Linkage&quot; work body</translation>
    </message>
    <message>
        <source>县级社会工作服务总站</source>
        <translation>County general social work service station</translation>
    </message>
    <message>
        <source>乡镇（街道）社会工作服务站</source>
        <translation>Township (subdistrict) social work service station</translation>
    </message>
    <message>
        <source>社区（村）社会工作服务室</source>
        <translation>Community (village) social work service room</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Station head</translation>
    </message>
    <message>
        <source>驻站社工</source>
        <translation>Resident social worker</translation>
    </message>
</context>
<context>
    <name>ServiceUnitRepository</name>
    <message>
        <source>名称不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <source>区划代码%1不在本数据库的辖区内</source>
        <translation>Division code %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>%1 是%2，不能设立%3</source>
        <translation>%1 is a %2 and cannot have a %3</translation>
    </message>
    <message>
        <source>成立日期不能晚于今天</source>
        <translation>The establishment date cannot be after today</translation>
    </message>
    <message>
        <source>该区划已有%1：%2</source>
        <translation>This division already has a %1: %2</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <source>所属站点不存在</source>
        <translation>The station does not exist</translation>
    </message>
    <message>
        <source>只有县级总站和乡镇（街道）站登记驻站人员</source>
        <translation>Only county general stations and township (subdistrict) stations register resident staff</translation>
    </message>
    <message>
        <source>人员的所属区划应与站点一致</source>
        <translation>The staff member&apos;s division must match the station&apos;s</translation>
    </message>
    <message>
        <source>请填写到岗日期</source>
        <translation>Please enter the start date</translation>
    </message>
    <message>
        <source>离岗日期不能早于到岗日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
</context>
<context>
    <name>SocialWorker</name>
    <message>
        <source>站长</source>
        <translation>Station head</translation>
    </message>
    <message>
        <source>驻站社工</source>
        <translation>Resident social worker</translation>
    </message>
    <message>
        <source>社区社工</source>
        <translation>Community social worker</translation>
    </message>
    <message>
        <source>机构社工</source>
        <translation>Agency social worker</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>助理社会工作师</source>
        <translation>Assistant social worker</translation>
    </message>
    <message>
        <source>社会工作师</source>
        <translation>Social worker (intermediate)</translation>
    </message>
    <message>
        <source>高级社会工作师</source>
        <translation>Senior social worker</translation>
    </message>
</context>
<context>
    <name>SocialWorkerRepository</name>
    <message>
        <source>区划代码%1不在本数据库的辖区内</source>
        <translation>Division code %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>请填写到岗日期</source>
        <translation>Please enter the start date</translation>
    </message>
    <message>
        <source>到岗日期不能晚于今天</source>
        <translation>The start date cannot be after today</translation>
    </message>
    <message>
        <source>离岗日期不能早于到岗日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>填写了证书编号，请选择证书等级</source>
        <translation>A certificate number is entered; please choose the certificate level</translation>
    </message>
    <message>
        <source>“参加职业水平考试”只登记社区工作者</source>
        <translation>&quot;Sat the professional level exam&quot; is recorded only for community workers</translation>
    </message>
    <message>
        <source>所属站点不存在</source>
        <translation>The station does not exist</translation>
    </message>
    <message>
        <source>%1（%2）已有在岗记录，请先填写原岗位的离岗日期</source>
        <translation>%1 (%2) is already on duty at a post; enter the end date of that post first</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>数据库操作失败（%1）：%2</source>
        <translation>Database operation failed (%1): %2</translation>
    </message>
</context>
<context>
    <name>StationStandard</name>
    <message>
        <source>请指定日期</source>
        <translation>Please specify a date</translation>
    </message>
    <message>
        <source>站点不存在</source>
        <translation>The station does not exist</translation>
    </message>
    <message>
        <source>规范建设只评定乡镇（街道）社会工作服务站</source>
        <translation>Standardization is assessed only for township (subdistrict) social work service stations</translation>
    </message>
    <message>
        <source>驻站人员不足%1人（现有%2人）</source>
        <translation>Fewer than %1 resident staff (%2 at present)</translation>
    </message>
    <message>
        <source>各项制度不健全</source>
        <translation>Rules not fully in place</translation>
    </message>
    <message>
        <source>缺少%1记录</source>
        <translation>Missing record: %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>市级</source>
        <translation>City level</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County level</translation>
    </message>
    <message>
        <source>乡镇级</source>
        <translation>Township level</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>社会工作者</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>请填写培训主题</source>
        <translation>Please enter the training topic</translation>
    </message>
    <message>
        <source>请填写培训日期</source>
        <translation>Please enter the training date</translation>
    </message>
    <message>
        <source>培训日期不能晚于今天</source>
        <translation>The training date cannot be after today</translation>
    </message>
    <message>
        <source>培训时长应大于0</source>
        <translation>The training duration must be greater than 0</translation>
    </message>
    <message>
        <source>区划代码%1不在本数据库的辖区内</source>
        <translation>Division code %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>参训人员不存在</source>
        <translation>The trainee does not exist</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>无法开始写入事务：%1</source>
        <translation>Cannot start a write transaction: %1</translation>
    </message>
    <message>
        <source>保存失败，已撤销全部更改：%1</source>
        <translation>Saving failed; all changes were rolled back: %1</translation>
    </message>
</context>
<context>
    <name>UnitOverview</name>
    <message>
        <source>区划%1不在本数据库中</source>
        <translation>Division %1 is not in this database</translation>
    </message>
    <message>
        <source>服务站点（室）</source>
        <translation>Service stations (rooms)</translation>
    </message>
    <message>
        <source>在岗驻站人员</source>
        <translation>Resident staff on duty</translation>
    </message>
    <message>
        <source>老年人台账（人）</source>
        <translation>Elderly ledger (persons)</translation>
    </message>
    <message>
        <source>儿童台账（人）</source>
        <translation>Children ledger (persons)</translation>
    </message>
    <message>
        <source>社会救助台账（户）</source>
        <translation>Social assistance ledger (households)</translation>
    </message>
    <message>
        <source>本年探访与核查（次）</source>
        <translation>Visits and verifications this year (times)</translation>
    </message>
</context>
<context>
    <name>UnitResolver</name>
    <message>
        <source>区划代码“%1”不在本数据库的辖区内</source>
        <translation>Division code &quot;%1&quot; is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>缺少村（社区）</source>
        <translation>Village (community) is missing</translation>
    </message>
    <message>
        <source>辖区内没有名为“%1”的村（社区）</source>
        <translation>There is no village (community) named &quot;%1&quot; in the jurisdiction</translation>
    </message>
    <message>
        <source>%1没有名为“%2”的村（社区）</source>
        <translation>%1 has no village (community) named &quot;%2&quot;</translation>
    </message>
    <message>
        <source>辖区内有%1个名为“%2”的村（社区），请填写乡镇（街道）或区划代码</source>
        <translation>There are %1 villages (communities) named &quot;%2&quot; in the jurisdiction; enter the township (subdistrict) or the division code</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ValueNormalizer</name>
    <message>
        <source>无法识别的日期“%1”</source>
        <translation>Unrecognized date &quot;%1&quot;</translation>
    </message>
    <message>
        <source>日期不存在：“%1”</source>
        <translation>Date does not exist: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>身份证号已脱敏（%1），无法导入：请用完整号码</source>
        <translation>The ID number is masked (%1) and cannot be imported: use the full number</translation>
    </message>
    <message>
        <source>身份证号被 Excel 转成了数字“%1”，后几位已丢失：请把该列设为文本后重新录入</source>
        <translation>Excel turned the ID number into the number &quot;%1&quot; and its last digits are lost: set the column to text and enter the numbers again</translation>
    </message>
    <message>
        <source>身份证号被 Excel 当作数字保存，末几位被舍入成 0（%1）：请把该列设为文本后重新录入</source>
        <translation>Excel stored the ID number as a number and rounded its last digits to 0 (%1): set the column to text and enter the numbers again</translation>
    </message>
    <message>
        <source>身份证号末几位是 0 且校验码不符（%1），可能被 Excel 舍入过：请核对原始号码</source>
        <translation>The ID number ends in 0s and its check digit is wrong (%1); Excel may have rounded it: check the original number</translation>
    </message>
    <message>
        <source>身份证号无效（%1）：%2</source>
        <translation>Invalid ID number (%1): %2</translation>
    </message>
    <message>
        <source>电话号码无效（%1）：%2</source>
        <translation>Invalid phone number (%1): %2</translation>
    </message>
    <message>
        <source>金额无效（%1）：%2</source>
        <translation>Invalid amount (%1): %2</translation>
    </message>
    <message>
        <source>应为整数：“%1”</source>
        <translation>Should be a whole number: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>应为“是”或“否”：“%1”</source>
        <translation>Should be &quot;Yes&quot; or &quot;No&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“%1”不是可选的值（%2）</source>
        <translation>&quot;%1&quot; is not one of the allowed values (%2)</translation>
    </message>
    <message>
        <source>“%1”不是可选的类别</source>
        <translation>&quot;%1&quot; is not one of the allowed categories</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>入户走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>电话探访</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>视频探访</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>委托第三方探访</source>
        <translation>Visit by an entrusted third party</translation>
    </message>
    <message>
        <source>党员志愿者结对帮扶</source>
        <translation>Paired support by a Party member volunteer</translation>
    </message>
    <message>
        <source>亲属邻里互助</source>
        <translation>Mutual help of relatives and neighbours</translation>
    </message>
    <message>
        <source>服务热线响应</source>
        <translation>Service hotline response</translation>
    </message>
    <message>
        <source>探访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>入户核查</source>
        <translation>Household verification visit</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>社会工作者</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>儿童主任</source>
        <translation>Children&apos;s director</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>转介慈善救助</source>
        <translation>Referred to charitable assistance</translation>
    </message>
    <message>
        <source>转介医疗救助</source>
        <translation>Referred to medical assistance</translation>
    </message>
    <message>
        <source>转介住房救助</source>
        <translation>Referred to housing assistance</translation>
    </message>
    <message>
        <source>转介教育帮扶</source>
        <translation>Referred to education support</translation>
    </message>
    <message>
        <source>其他转介</source>
        <translation>Other referral</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>走访人员数据已损坏：%1</source>
        <translation>Visitor data is damaged: %1</translation>
    </message>
    <message>
        <source>“%1”只用于社会救助台账，%2请登记为探访</source>
        <translation>&quot;%1&quot; is only for the social assistance ledger; in the %2, record it as a visit</translation>
    </message>
    <message>
        <source>在%1中找不到要登记走访的记录（可能已被删除）</source>
        <translation>The record for this visit was not found in the %1 (it may have been deleted)</translation>
    </message>
    <message>
        <source>请填写走访日期</source>
        <translation>Please enter the visit date</translation>
    </message>
    <message>
        <source>走访日期不能晚于今天</source>
        <translation>The visit date cannot be after today</translation>
    </message>
    <message>
        <source>走访日期不能早于2000年1月1日，请核对</source>
        <translation>The visit date cannot be before 1 January 2000; please check</translation>
    </message>
    <message>
        <source>请至少填写一名走访人员</source>
        <translation>Enter at least one visitor</translation>
    </message>
    <message>
        <source>入户核查须至少两名调查人员（现填写%1名）</source>
        <translation>A household verification visit needs at least two investigators (%1 entered)</translation>
    </message>
    <message>
        <source>走访人员“%1”填写了两次</source>
        <translation>Visitor &quot;%1&quot; is entered twice</translation>
    </message>
    <message>
        <source>这条走访记录未保存或已删除，不能修改</source>
        <translation>This visit record has not been saved or was deleted and cannot be changed</translation>
    </message>
</context>
<context>
    <name>VolunteerRepository</name>
    <message>
        <source>区划代码%1不在本数据库的辖区内</source>
        <translation>Division code %1 is not within the jurisdiction of this database</translation>
    </message>
    <message>
        <source>队伍名称不能为空</source>
        <translation>Team name cannot be empty</translation>
    </message>
    <message>
        <source>成立日期不能晚于今天</source>
        <translation>The establishment date cannot be after today</translation>
    </message>
    <message>
        <source>队伍还有%1名志愿者，请先调整他们的队伍</source>
        <translation>The team still has %1 volunteer(s); move them to another team first</translation>
    </message>
    <message>
        <source>请填写注册日期</source>
        <translation>Please enter the registration date</translation>
    </message>
    <message>
        <source>注册日期不能晚于今天</source>
        <translation>The registration date cannot be after today</translation>
    </message>
    <message>
        <source>所属队伍不存在</source>
        <translation>The team does not exist</translation>
    </message>
    <message>
        <source>%1（%2）已是注册志愿者</source>
        <translation>%1 (%2) is already a registered volunteer</translation>
    </message>
    <message>
        <source>志愿者不存在</source>
        <translation>The volunteer does not exist</translation>
    </message>
    <message>
        <source>请填写服务日期</source>
        <translation>Please enter the service date</translation>
    </message>
    <message>
        <source>服务日期不能晚于今天</source>
        <translation>The service date cannot be after today</translation>
    </message>
    <message>
        <source>服务时长应在1分钟到24小时之间</source>
        <translation>The service time must be between 1 minute and 24 hours</translation>
    </message>
    <message>
        <source>关联的服务活动不存在</source>
        <translation>The linked service activity does not exist</translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>写入被拒绝：所有修改都必须通过操作层（core/operations）进行</source>
        <translation>Write refused: every change must go through the operations layer (core/operations)</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>无法读取 Excel 文件 %1：%2</source>
        <translation>Cannot read Excel file %1: %2</translation>
    </message>
    <message>
        <source>不是 Excel 工作簿（缺少 xl/workbook.xml）</source>
        <translation>Not an Excel workbook (xl/workbook.xml is missing)</translation>
    </message>
    <message>
        <source>没有第%1个工作表</source>
        <translation>There is no worksheet %1</translation>
    </message>
    <message>
        <source>不是 xlsx（zip）文件或无法打开</source>
        <translation>Not an xlsx (zip) file, or it cannot be opened</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>无法写入 Excel 文件：%1</source>
        <translation>Cannot write Excel file: %1</translation>
    </message>
    <message>
        <source>不能创建 %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>超过 Excel 一个工作表的行数上限（%1 行）</source>
        <translation>Exceeds the Excel row limit for one worksheet (%1 rows)</translation>
    </message>
    <message>
        <source>不能改名为 %1</source>
        <translation>Cannot rename to %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>为一个市、县（区）或乡镇（街道）新建数据库</source>
        <translation>Create a database for a city, county (district) or township (subdistrict)</translation>
    </message>
    <message>
        <source>新建数据库并填入可重现的演示数据</source>
        <translation>Create a database and fill it with reproducible demo data</translation>
    </message>
    <message>
        <source>结构版本、完整性检查和各表行数</source>
        <translation>Schema version, integrity check and row counts per table</translation>
    </message>
    <message>
        <source>以TSV列出辖区的区划树</source>
        <translation>List the jurisdiction&apos;s division tree as TSV</translation>
    </message>
    <message>
        <source>打印数据库结构（供审阅）</source>
        <translation>Print the database schema (for review)</translation>
    </message>
    <message>
        <source>校验公民身份号码</source>
        <translation>Validate citizen ID numbers</translation>
    </message>
    <message>
        <source>列出到期和逾期未探访、未复核的台账对象</source>
        <translation>List ledger entries due or overdue for a visit or review</translation>
    </message>
    <message>
        <source>每个命令的选项：wushe-cli &lt;command&gt; --help</source>
        <translation>Options of each command: wushe-cli &lt;command&gt; --help</translation>
    </message>
    <message>
        <source>退出码：0 成功，1 输入被拒绝，2 用法错误</source>
        <translation>Exit codes: 0 success, 1 input refused, 2 usage error</translation>
    </message>
    <message>
        <source>用法错误：缺少命令 [usage]</source>
        <translation>Usage error: missing command [usage]</translation>
    </message>
    <message>
        <source>用法错误：未知命令“%1” [usage]</source>
        <translation>Usage error: unknown command &quot;%1&quot; [usage]</translation>
    </message>
    <message>
        <source>列出台账（TSV）或写出 PDF 名册</source>
        <translation>List a ledger (TSV) or write a PDF register</translation>
    </message>
    <message>
        <source>把台账或名册导出为 Excel（.xlsx）或 CSV</source>
        <translation>Export a ledger or register to Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 CSV 导入台账或名册</source>
        <translation>Import a ledger or register from Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>季度工作进展情况报告：指标、PDF、Excel、报送和上报数据包</source>
        <translation>Quarterly progress report: figures, PDF, Excel, submission and data package</translation>
    </message>
    <message>
        <source>指定并列出试点乡镇</source>
        <translation>Designate and list pilot townships</translation>
    </message>
    <message>
        <source>导入下级报送的数据包并查看报送情况</source>
        <translation>Import data packages submitted by lower levels and view submission status</translation>
    </message>
    <message>
        <source>export/import 的台账和名册（--ledger）：%1</source>
        <translation>Ledgers and registers for export/import (--ledger): %1</translation>
    </message>
    <message>
        <source>列出更改记录（谁在何时改了哪一行的哪些字段）</source>
        <translation>List the change log (who changed which fields of which row, and when)</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly</name>
    <message>
        <source>市级“五社联动”工作机构（个）</source>
        <translation>City &quot;Five-Society Linkage&quot; work bodies</translation>
    </message>
    <message>
        <source>县级社会工作服务总站（个）</source>
        <translation>County general social work service stations</translation>
    </message>
    <message>
        <source>乡镇（街道）社会工作服务站（个）</source>
        <translation>Township (subdistrict) social work service stations</translation>
    </message>
    <message>
        <source>其中：规范建设的社工站（个）</source>
        <translation>Of which: standardized stations</translation>
    </message>
    <message>
        <source>社工站驻站人员（人）</source>
        <translation>Station resident staff (persons)</translation>
    </message>
    <message>
        <source>驻站人员不足3人的社工站（个）</source>
        <translation>Stations with fewer than 3 resident staff</translation>
    </message>
    <message>
        <source>社区（村）社会工作服务室（个）</source>
        <translation>Community (village) social work service rooms</translation>
    </message>
    <message>
        <source>村（社区）总数（个）</source>
        <translation>Villages (communities) in total</translation>
    </message>
    <message>
        <source>已建社工室的村（社区）（个）</source>
        <translation>Villages (communities) with a social work room</translation>
    </message>
    <message>
        <source>村（社区）社工室覆盖率</source>
        <translation>Social work room coverage of villages (communities)</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>City level</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County level</translation>
    </message>
    <message>
        <source>乡镇级</source>
        <translation>Township level</translation>
    </message>
    <message>
        <source>%1培训（期）</source>
        <translation>%1 training (sessions)</translation>
    </message>
    <message>
        <source>%1培训人次</source>
        <translation>%1 training (person-times)</translation>
    </message>
    <message>
        <source>服务活动（次）</source>
        <translation>Service activities (times)</translation>
    </message>
    <message>
        <source>服务对象（人次）</source>
        <translation>People served (person-times)</translation>
    </message>
    <message>
        <source>其中：%1（次）</source>
        <translation>Of which: %1 (times)</translation>
    </message>
    <message>
        <source>%1：活动（次）</source>
        <translation>%1: activities (times)</translation>
    </message>
    <message>
        <source>%1：服务（人次）</source>
        <translation>%1: people served (person-times)</translation>
    </message>
    <message>
        <source>社区社会组织（个）</source>
        <translation>Community social organizations</translation>
    </message>
    <message>
        <source>其中：登记（个）</source>
        <translation>Of which: registered</translation>
    </message>
    <message>
        <source>其中：备案（个）</source>
        <translation>Of which: filed for record</translation>
    </message>
    <message>
        <source>服务性、公益性、互助性组织（个）</source>
        <translation>Service, public-welfare and mutual-aid organizations</translation>
    </message>
    <message>
        <source>服务性、公益性、互助性组织占比</source>
        <translation>Share of service, public-welfare and mutual-aid organizations</translation>
    </message>
    <message>
        <source>社会组织数量和结构均达标的村（社区）（个）</source>
        <translation>Villages (communities) meeting both the number and structure targets for social organizations</translation>
    </message>
    <message>
        <source>社会组织未达标的村（社区）（个）</source>
        <translation>Villages (communities) below the social organization target</translation>
    </message>
    <message>
        <source>注册志愿者（人）</source>
        <translation>Registered volunteers (persons)</translation>
    </message>
    <message>
        <source>其中：本季度新注册（人）</source>
        <translation>Of which: newly registered this quarter (persons)</translation>
    </message>
    <message>
        <source>志愿服务队（支）</source>
        <translation>Volunteer service teams</translation>
    </message>
    <message>
        <source>志愿服务（人次）</source>
        <translation>Volunteer service (person-times)</translation>
    </message>
    <message>
        <source>志愿服务时长（小时）</source>
        <translation>Volunteer service time (hours)</translation>
    </message>
    <message>
        <source>“社工+志愿者”联动服务（人次）</source>
        <translation>&quot;Social worker + volunteer&quot; joint service (person-times)</translation>
    </message>
    <message>
        <source>幸福家园村社互助工程（村）</source>
        <translation>Happy Home village mutual-aid projects (villages)</translation>
    </message>
    <message>
        <source>慈善基金、社区基金（个）</source>
        <translation>Charity funds and community funds</translation>
    </message>
    <message>
        <source>基金余额（元）</source>
        <translation>Fund balance (yuan)</translation>
    </message>
    <message>
        <source>接收捐赠（笔）</source>
        <translation>Donations received (count)</translation>
    </message>
    <message>
        <source>捐赠款（元）</source>
        <translation>Cash donations (yuan)</translation>
    </message>
    <message>
        <source>慈善超市（个）</source>
        <translation>Charity supermarkets</translation>
    </message>
    <message>
        <source>老年人台账（人）</source>
        <translation>Elderly ledger (persons)</translation>
    </message>
    <message>
        <source>其中：%1老年人</source>
        <translation>Of which: %1</translation>
    </message>
    <message>
        <source>儿童台账（人）</source>
        <translation>Children ledger (persons)</translation>
    </message>
    <message>
        <source>其中：%1</source>
        <translation>Of which: %1</translation>
    </message>
    <message>
        <source>社会救助台账（户）</source>
        <translation>Social assistance ledger (households)</translation>
    </message>
    <message>
        <source>其中：%1（户）</source>
        <translation>Of which: %1 (households)</translation>
    </message>
    <message>
        <source>老年人</source>
        <translation>Elderly people</translation>
    </message>
    <message>
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>本季度探访%1（次）</source>
        <translation>Visits this quarter: %1 (times)</translation>
    </message>
    <message>
        <source>本季度探访到的%1（人）</source>
        <translation>%1 visited this quarter (persons)</translation>
    </message>
    <message>
        <source>季末超过探访周期未探访的老年人（人）</source>
        <translation>Elderly people not visited within their visit interval at quarter end (persons)</translation>
    </message>
    <message>
        <source>季末超过探访周期未探访的儿童（人）</source>
        <translation>Children not visited within their visit interval at quarter end (persons)</translation>
    </message>
    <message>
        <source>季末超过复核周期未核查的救助家庭（户）</source>
        <translation>Assisted households not verified within their review interval at quarter end (households)</translation>
    </message>
    <message>
        <source>救助家庭经济状况入户核查（户次）</source>
        <translation>Household financial verification visits to assisted households (household-times)</translation>
    </message>
    <message>
        <source>救助对象复核（户次）</source>
        <translation>Reviews of assistance recipients (household-times)</translation>
    </message>
    <message>
        <source>转介慈善救助（户次）</source>
        <translation>Referrals to charitable assistance (household-times)</translation>
    </message>
    <message>
        <source>转介获得慈善救助金额（元）</source>
        <translation>Charitable assistance received through referral (yuan)</translation>
    </message>
    <message>
        <source>实施中的购买服务项目（个）</source>
        <translation>Purchased service projects in progress</translation>
    </message>
    <message>
        <source>项目合同金额（元）</source>
        <translation>Project contract amount (yuan)</translation>
    </message>
    <message>
        <source>本季度支出（元）</source>
        <translation>Expenditure this quarter (yuan)</translation>
    </message>
    <message>
        <source>其中：人员经费（元）</source>
        <translation>Of which: staff costs (yuan)</translation>
    </message>
    <message>
        <source>人员经费占比</source>
        <translation>Share of staff costs</translation>
    </message>
    <message>
        <source>项目评估（次）</source>
        <translation>Project evaluations (times)</translation>
    </message>
    <message>
        <source>其中：结果已公开（次）</source>
        <translation>Of which: results published (times)</translation>
    </message>
    <message>
        <source>驻站人员%1人，不足3人</source>
        <translation>%1 resident staff, fewer than 3</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly::MemberStatus</name>
    <message>
        <source>按时报送</source>
        <translation>Submitted on time</translation>
    </message>
    <message>
        <source>逾期报送</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>Overdue, not submitted</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly::QuarterlyReport</name>
    <message>
        <source>季度无效</source>
        <translation>Invalid quarter</translation>
    </message>
    <message>
        <source>县本级</source>
        <translation>County (own level)</translation>
    </message>
    <message>
        <source>乡镇本级</source>
        <translation>Township (own level)</translation>
    </message>
    <message>
        <source>尚未指定试点乡镇</source>
        <translation>No pilot township designated yet</translation>
    </message>
    <message>
        <source>试点乡镇覆盖村（社区）%1个/%2个，未超过半数</source>
        <translation>The pilot township covers %1 of %2 villages (communities), not more than half</translation>
    </message>
    <message>
        <source>%1名老年人超过探访周期未探访</source>
        <translation>%1 elderly people not visited within their visit interval</translation>
    </message>
    <message>
        <source>%1名儿童超过探访周期未探访</source>
        <translation>%1 children not visited within their visit interval</translation>
    </message>
    <message>
        <source>%1户救助家庭超过复核周期未核查</source>
        <translation>%1 assisted households not verified within their review interval</translation>
    </message>
    <message>
        <source>指标无SQL语句</source>
        <translation>The figure has no SQL statement</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly::ReportPackage</name>
    <message>
        <source>报告内容不是有效的JSON</source>
        <translation>The report content is not valid JSON</translation>
    </message>
    <message>
        <source>无法写入%1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>保存%1失败：%2</source>
        <translation>Saving %1 failed: %2</translation>
    </message>
    <message>
        <source>无法读取%1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1不是完整的报送数据包（无法解析）</source>
        <translation>%1 is not a complete submission package (cannot be parsed)</translation>
    </message>
    <message>
        <source>%1不是季度报告数据包</source>
        <translation>%1 is not a quarterly report package</translation>
    </message>
    <message>
        <source>%1已损坏或被改动（校验值不符）</source>
        <translation>%1 is damaged or has been altered (checksum mismatch)</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly::ReportStore</name>
    <message>
        <source>%1的报告已报送（第%2版），如需更正请新建修订版</source>
        <translation>The report for %1 has been submitted (revision %2); to correct it, create a new revision</translation>
    </message>
    <message>
        <source>已报送的报告不能修改，如需更正请新建修订版</source>
        <translation>A submitted report cannot be changed; to correct it, create a new revision</translation>
    </message>
    <message>
        <source>只有草稿可以审核</source>
        <translation>Only a draft can be reviewed</translation>
    </message>
    <message>
        <source>请填写审核人</source>
        <translation>Please enter the reviewer</translation>
    </message>
    <message>
        <source>报告须先审核再报送</source>
        <translation>The report must be reviewed before it is submitted</translation>
    </message>
    <message>
        <source>数据与报告的单位或季度不符</source>
        <translation>The data does not match the report&apos;s unit or quarter</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>请填写%1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>只有已报送的报告需要新建修订版</source>
        <translation>Only a submitted report needs a new revision</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly::Rollup</name>
    <message>
        <source>只有市级（或省级）数据库汇总下级报送的数据</source>
        <translation>Only a city (or province) database adds up data submitted by lower levels</translation>
    </message>
    <message>
        <source>%1（%2）不是本辖区的下级单位，数据包不能导入</source>
        <translation>%1 (%2) is not a subordinate unit of this jurisdiction; the package cannot be imported</translation>
    </message>
    <message>
        <source>数据包缺少报送时间</source>
        <translation>The package has no submission time</translation>
    </message>
    <message>
        <source>%1%2第%3版已经导入过</source>
        <translation>%1 %2 revision %3 has already been imported</translation>
    </message>
    <message>
        <source>%1%2第%3版已导入另一份内容不同的数据包</source>
        <translation>A different package has already been imported for %1 %2 revision %3</translation>
    </message>
    <message>
        <source>本季度数据未报送</source>
        <translation>Data for this quarter not submitted</translation>
    </message>
    <message>
        <source>逾期报送（报出日期%1，截止%2）</source>
        <translation>Submitted late (submitted on %1, deadline %2)</translation>
    </message>
    <message>
        <source>社会组织未达标的村（社区）%1个</source>
        <translation>%1 villages (communities) below the social organization target</translation>
    </message>
</context>
<context>
    <name>wushe::quarterly::ScheduleRow</name>
    <message>
        <source>未到报送期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>待报送</source>
        <translation>To be submitted</translation>
    </message>
    <message>
        <source>逾期未报</source>
        <translation>Overdue, not submitted</translation>
    </message>
    <message>
        <source>按时报送</source>
        <translation>Submitted on time</translation>
    </message>
    <message>
        <source>逾期报送</source>
        <translation>Submitted late</translation>
    </message>
</context>
<context>
    <name>wushe::report</name>
    <message>
        <source>（未填写）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>驻站人员</source>
        <translation>Resident staff</translation>
    </message>
    <message>
        <source>社工室</source>
        <translation>Social work rooms</translation>
    </message>
    <message>
        <source>社工室覆盖率</source>
        <translation>Social work room coverage</translation>
    </message>
    <message>
        <source>社会组织</source>
        <translation>Social organizations</translation>
    </message>
    <message>
        <source>服务活动</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>老年人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>救助户</source>
        <translation>Assisted households</translation>
    </message>
    <message>
        <source>逾期未探访老人</source>
        <translation>Elderly overdue for a visit</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>本季度各项目标均已达到。</source>
        <translation>All targets were met this quarter.</translation>
    </message>
    <message>
        <source>等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <source>社区社会组织数量或结构未达标的村（社区）%1个：%2</source>
        <translation>%1 villages (communities) where the number or structure of community social organizations is below target: %2</translation>
    </message>
    <message>
        <source>县（区）</source>
        <translation>County (district)</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
</context>
<context>
    <name>wushe::report::QuarterlyReportDocument</name>
    <message>
        <source>%1%2年第%3季度“五社联动”工作进展情况报告</source>
        <translation>%1 &quot;Five-Society Linkage&quot; Work Progress Report, Q%3 %2</translation>
    </message>
    <message>
        <source>填报单位：%1</source>
        <translation>Reporting unit: %1</translation>
    </message>
    <message>
        <source>表&#x3000;&#x3000;号：五社联动季报1表</source>
        <translation>Form No.: Five-Society Linkage Quarterly Form 1</translation>
    </message>
    <message>
        <source>制表机关：陕西省民政厅</source>
        <translation>Issued by: Shaanxi Provincial Department of Civil Affairs</translation>
    </message>
    <message>
        <source>报告期：%1</source>
        <translation>Reporting period: %1</translation>
    </message>
    <message>
        <source>统计时段：%1至%2；存量指标截至季末</source>
        <translation>Period covered: %1 to %2; stock figures as of the end of the quarter</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>需关注的问题</source>
        <translation>Issues needing attention</translation>
    </message>
    <message>
        <source>九、分%1情况</source>
        <translation>9. Breakdown by %1</translation>
    </message>
    <message>
        <source>本季度服务活动和老年人探访（分%1）</source>
        <translation>Service activities and elderly visits this quarter (by %1)</translation>
    </message>
    <message>
        <source>服务活动（次）</source>
        <translation>Service activities (times)</translation>
    </message>
    <message>
        <source>探访老年人（次）</source>
        <translation>Elderly visits (times)</translation>
    </message>
    <message>
        <source>十、工作情况</source>
        <translation>10. Work summary</translation>
    </message>
    <message>
        <source>（一）经验做法</source>
        <translation>(1) Good practices</translation>
    </message>
    <message>
        <source>（二）典型案例</source>
        <translation>(2) Typical cases</translation>
    </message>
    <message>
        <source>（三）存在问题</source>
        <translation>(3) Problems</translation>
    </message>
    <message>
        <source>（四）下季度计划</source>
        <translation>(4) Plan for next quarter</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;年&amp;nbsp;&amp;nbsp;&amp;nbsp;月&amp;nbsp;&amp;nbsp;&amp;nbsp;日</source>
        <translation>&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;/&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;/&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>报出日期</source>
        <translation>Date submitted</translation>
    </message>
    <message>
        <source>（单位盖章）</source>
        <translation>(Unit seal)</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
</context>
<context>
    <name>wushe::report::QuarterlyWorkbook</name>
    <message>
        <source>无法创建临时目录</source>
        <translation>Cannot create a temporary folder</translation>
    </message>
    <message>
        <source>无法创建Excel工作簿</source>
        <translation>Cannot create the Excel workbook</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>指标代码</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>分单位情况</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>需关注的问题</source>
        <translation>Issues needing attention</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>工作情况</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>报出日期</source>
        <translation>Date submitted</translation>
    </message>
    <message>
        <source>经验做法</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>下季度计划</source>
        <translation>Plan for next quarter</translation>
    </message>
    <message>
        <source>写Excel失败：%1</source>
        <translation>Writing the Excel file failed: %1</translation>
    </message>
    <message>
        <source>无法写入%1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>wushe::ui::ChildEditorDialog</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>与儿童关系</source>
        <translation>Relationship to child</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>监护人身份证号</source>
        <translation>Guardian&apos;s ID number</translation>
    </message>
    <message>
        <source>务工地点（省/市）</source>
        <translation>Place of work (province/city)</translation>
    </message>
    <message>
        <source>学校寄宿</source>
        <translation>Boarding at school</translation>
    </message>
    <message>
        <source>残疾类别及等级、患病类型</source>
        <translation>Disability type and grade, illness type</translation>
    </message>
    <message>
        <source>儿童台账 — 新增</source>
        <translation>Children ledger — New</translation>
    </message>
    <message>
        <source>类别*（可多选）</source>
        <translation>Categories* (select one or more)</translation>
    </message>
    <message>
        <source>监护类型</source>
        <translation>Guardianship type</translation>
    </message>
    <message>
        <source>实际监护人</source>
        <translation>Actual guardian</translation>
    </message>
    <message>
        <source>父亲</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>母亲</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>就学情况</source>
        <translation>Schooling</translation>
    </message>
    <message>
        <source>身体状况</source>
        <translation>Physical condition</translation>
    </message>
    <message>
        <source>家庭经济来源</source>
        <translation>Household income source</translation>
    </message>
    <message>
        <source>已获救助帮扶</source>
        <translation>Assistance received</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>儿童基本信息</source>
        <translation>Child&apos;s basic information</translation>
    </message>
</context>
<context>
    <name>wushe::ui::CommunityOrgDialog</name>
    <message>
        <source>社区社会组织</source>
        <translation>Community social organization</translation>
    </message>
    <message>
        <source>属于服务性、公益性、互助性组织</source>
        <translation>Service, public-welfare or mutual-aid organization</translation>
    </message>
    <message>
        <source>登记证号或备案号（登记的必填）</source>
        <translation>Registration or filing number (required if registered)</translation>
    </message>
    <message>
        <source>组织名称*</source>
        <translation>Organization name*</translation>
    </message>
    <message>
        <source>所在社区（村）*</source>
        <translation>Community (village)*</translation>
    </message>
    <message>
        <source>登记/备案*</source>
        <translation>Registered/filed*</translation>
    </message>
    <message>
        <source>证号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类型*</source>
        <translation>Type*</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation>Phone of person in charge</translation>
    </message>
    <message>
        <source>成员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>社区社会组织 — %1</source>
        <translation>Community social organization — %1</translation>
    </message>
</context>
<context>
    <name>wushe::ui::DashboardPage</name>
    <message>
        <source>乡镇（街道）社工站规范建设</source>
        <translation>Standardization of township (subdistrict) social-work stations</translation>
    </message>
    <message>
        <source>待访与本季度已访</source>
        <translation>Due for a visit and visited this quarter</translation>
    </message>
    <message>
        <source>社区社会组织数与目标</source>
        <translation>Community social organizations against target</translation>
    </message>
    <message>
        <source>本季度服务活动（按服务领域）</source>
        <translation>Service activities this quarter (by service domain)</translation>
    </message>
    <message>
        <source>志愿服务时长（小时，近12个月）</source>
        <translation>Volunteer service (hours, last 12 months)</translation>
    </message>
    <message>
        <source>%1 数据看板 · 截至 %2 · 本季度自 %3</source>
        <translation>%1 dashboard · as of %2 · this quarter from %3</translation>
    </message>
    <message>
        <source>已规范建设 %1</source>
        <translation>Standardized: %1</translation>
    </message>
    <message>
        <source>未达标 %1</source>
        <translation>Not up to standard: %1</translation>
    </message>
    <message>
        <source>社区社会组织</source>
        <translation>Community social organizations</translation>
    </message>
    <message>
        <source>目标（城市社区10个、农村5个）</source>
        <translation>Target (10 per urban community, 5 per rural)</translation>
    </message>
    <message>
        <source>活动次数</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>台账</source>
        <translation> ledger</translation>
    </message>
    <message>
        <source>待访（含逾期）</source>
        <translation>Due (incl. overdue)</translation>
    </message>
    <message>
        <source>本季度已访</source>
        <translation>Visited this quarter</translation>
    </message>
</context>
<context>
    <name>wushe::ui::DatabaseChooserDialog</name>
    <message>
        <source>新建数据库</source>
        <translation>Create Database</translation>
    </message>
    <message>
        <source>新建或打开数据库 — 五社联动工作台</source>
        <translation>Create or Open Database — Five-Society Linkage Workbench</translation>
    </message>
    <message>
        <source>输入名称或区划代码搜索，例如：大荔</source>
        <translation>Type a name or division code to search, e.g.: 大荔</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>辖区：</source>
        <translation>Jurisdiction:</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>打开已有数据库…</source>
        <translation>Open Existing Database...</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择本数据库的辖区（市、县（区）或乡镇（街道））：</source>
        <translation>Choose the jurisdiction of this database (city, county (district) or township (subdistrict)):</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(none selected)</translation>
    </message>
    <message>
        <source>保存数据库</source>
        <translation>Save Database</translation>
    </message>
    <message>
        <source>数据库文件 (*.db)</source>
        <translation>Database files (*.db)</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>数据库文件 (*.db);;所有文件 (*)</source>
        <translation>Database files (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>wushe::ui::DueListModel</name>
    <message>
        <source>未访</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>Overdue by %1 day(s)</translation>
    </message>
    <message>
        <source>%1 天后到期</source>
        <translation>Due in %1 day(s)</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>姓名（户主）</source>
        <translation>Name (head of household)</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>上次探访/核查</source>
        <translation>Last visit/verification</translation>
    </message>
    <message>
        <source>应访日期</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>wushe::ui::DuePage</name>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source> 天内到期</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>及</source>
        <translation>plus those due within</translation>
    </message>
    <message>
        <source>共 %1 人（户），其中逾期 %2</source>
        <translation>People (households): %1, of which overdue: %2</translation>
    </message>
</context>
<context>
    <name>wushe::ui::ElderlyEditorDialog</name>
    <message>
        <source>老年人台账 — 新增</source>
        <translation>Elderly ledger — New</translation>
    </message>
    <message>
        <source>类别*（可多选）</source>
        <translation>Categories* (select one or more)</translation>
    </message>
    <message>
        <source>经济来源</source>
        <translation>Source of income</translation>
    </message>
    <message>
        <source>家庭结构</source>
        <translation>Household structure</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>照料情况</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>赡养人</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>赡养人电话</source>
        <translation>Supporter&apos;s phone</translation>
    </message>
    <message>
        <source>赡养人务工地</source>
        <translation>Supporter&apos;s place of work</translation>
    </message>
    <message>
        <source>结对帮扶人</source>
        <translation>Paired helper</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
</context>
<context>
    <name>wushe::ui::ImportWizard</name>
    <message>
        <source>全部导入或全部不导入（有一行出错就不导入）</source>
        <translation>Import all or nothing (if any row has an error, nothing is imported)</translation>
    </message>
    <message>
        <source>只导入无误的行，出错的行另存待改</source>
        <translation>Import only valid rows; save rows with errors to correct later</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>保存出错的行…</source>
        <translation>Save Rejected Rows...</translation>
    </message>
    <message>
        <source>导入%1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>选择 Excel（.xlsx）或 CSV 文件</source>
        <translation>Choose an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose File...</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>对应台账的列</source>
        <translation>Ledger column</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>导入方式</source>
        <translation>Import mode</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1. 选择文件（表头上方的标题行会自动跳过）</source>
        <translation>1. Choose a file (title rows above the header are skipped automatically)</translation>
    </message>
    <message>
        <source>2. 核对各列对应关系，可在右栏修改</source>
        <translation>2. Check how the columns match; you can change this in the right-hand column</translation>
    </message>
    <message>
        <source>3. 预览并导入</source>
        <translation>3. Preview and import</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose File to Import</translation>
    </message>
    <message>
        <source>Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>不支持导入这个台账</source>
        <translation>Importing into this ledger is not supported</translation>
    </message>
    <message>
        <source>没有找到表头行：请确认文件的列名（如 姓名、身份证号）在前30行内</source>
        <translation>No header row found: make sure the file&apos;s column names (such as Name, ID number) are within the first 30 rows</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>%1（必填）</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>表头在第%1行，共%2列。核对对应关系后点“预览”。</source>
        <translation>Header in row %1, %2 columns. Check how the columns match, then click &quot;Preview&quot;.</translation>
    </message>
    <message>
        <source>请先选择文件</source>
        <translation>Choose a file first</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled; no data was written.</translation>
    </message>
    <message>
        <source>预览：共%1行，将新增%2行，更新%3行（其中%4行与现有记录相同），拒绝%5行。</source>
        <translation>Preview: %1 rows in total; %2 will be added, %3 updated (%4 of them same as existing records), %5 rejected.</translation>
    </message>
    <message>
        <source>已导入：共%1行，新增%2行，更新%3行（其中%4行未变），拒绝%5行。</source>
        <translation>Imported: %1 rows in total; %2 added, %3 updated (%4 of them unchanged), %5 rejected.</translation>
    </message>
    <message>
        <source>没有导入：有%1行出错，按“全部导入或全部不导入”的方式一行也未写入。改正后再导入，或选择“只导入无误的行”。</source>
        <translation>Nothing imported: %1 row(s) have errors, so in &quot;Import all or nothing&quot; mode no row was written. Correct them and import again, or choose &quot;Import only valid rows&quot;.</translation>
    </message>
    <message>
        <source>保存出错的行</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>-出错的行.xlsx</source>
        <translation>-rejected-rows.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>wushe::ui::LedgerEditorDialog</name>
    <message>
        <source>登记日期*</source>
        <translation>Registered on*</translation>
    </message>
    <message>
        <source>台账信息</source>
        <translation>Ledger details</translation>
    </message>
    <message>
        <source>登记信息</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>探访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>已关联到已登记的人员 %1</source>
        <translation>Linked to registered person %1</translation>
    </message>
    <message>
        <source>已关联到已登记的人员 %1（同时在：%2）</source>
        <translation>Linked to registered person %1 (also in: %2)</translation>
    </message>
</context>
<context>
    <name>wushe::ui::LedgerPage</name>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>搜索姓名、身份证号（可输后几位）或电话</source>
        <translation>Search name, ID number (last digits will do) or phone</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部救助类别</source>
        <translation>All assistance types</translation>
    </message>
    <message>
        <source>全部风险等级</source>
        <translation>All risk levels</translation>
    </message>
    <message>
        <source>身份证号和电话默认部分隐藏，保护个人信息</source>
        <translation>ID and phone numbers are partly hidden by default to protect personal data</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New...</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印名册（预览）…</source>
        <translation>Print Register (Preview)...</translation>
    </message>
    <message>
        <source>导出名册为PDF…</source>
        <translation>Export Register as PDF...</translation>
    </message>
    <message>
        <source>打印选中户入户核查表…</source>
        <translation>Print Household Verification Form for Selected Household...</translation>
    </message>
    <message>
        <source>打印选中人员登记表…</source>
        <translation>Print Registration Form for Selected Person...</translation>
    </message>
    <message>
        <source>查询出错：%1</source>
        <translation>Query error: %1</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>记录已不存在</source>
        <translation>The record no longer exists</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>请先在表格中选中一条记录</source>
        <translation>Select a record in the table first</translation>
    </message>
    <message>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>导出选中户入户核查表为PDF…</source>
        <translation>Export the selected household&apos;s verification form as PDF…</translation>
    </message>
    <message>
        <source>导出选中人员登记表为PDF…</source>
        <translation>Export the selected person&apos;s registration form as PDF…</translation>
    </message>
    <message>
        <source>暂不能修改</source>
        <translation>Editing not available yet</translation>
    </message>
    <message>
        <source>数据库完整性检查尚未完成，完成后即可修改。</source>
        <translation>The database integrity check has not finished yet; you can edit once it has.</translation>
    </message>
    <message>
        <source>导出/导入</source>
        <translation>Export/Import</translation>
    </message>
</context>
<context>
    <name>wushe::ui::MainWindow</name>
    <message>
        <source>五社联动工作台</source>
        <translation>Five-Society Linkage Workbench</translation>
    </message>
    <message>
        <source>搜索乡镇、村（社区）</source>
        <translation>Search townships, villages (communities)</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建数据库(&amp;N)…</source>
        <translation>&amp;New Database...</translation>
    </message>
    <message>
        <source>打开数据库(&amp;O)…</source>
        <translation>&amp;Open Database...</translation>
    </message>
    <message>
        <source>检查数据库完整性(&amp;C)</source>
        <translation>&amp;Check Database Integrity</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>数据库中没有辖区信息，文件可能不完整</source>
        <translation>The database holds no jurisdiction information; the file may be incomplete</translation>
    </message>
    <message>
        <source>%1 — 五社联动工作台</source>
        <translation>%1 — Five-Society Linkage Workbench</translation>
    </message>
    <message>
        <source>数据库：%1 · 结构版本 %2 · %3 个区划</source>
        <translation>Database: %1 · schema version %2 · %3 divisions</translation>
    </message>
    <message>
        <source>待访与逾期</source>
        <translation>Due and Overdue</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>数据库文件 (*.db);;所有文件 (*)</source>
        <translation>Database files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>完整性检查</source>
        <translation>Integrity Check</translation>
    </message>
    <message>
        <source>数据库完整，未发现问题。</source>
        <translation>The database is intact; no problems found.</translation>
    </message>
    <message>
        <source>关于五社联动工作台</source>
        <translation>About Five-Society Linkage Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;五社联动工作台 %1&lt;/h3&gt;&lt;p&gt;陕西省“五社联动”县级工作台：四级社会工作服务体系、台账、五社登记和季度进展报送。&lt;/p&gt;&lt;p&gt;数据保存在本机文件中，请妥善保管。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Five-Society Linkage Workbench %1&lt;/h3&gt;&lt;p&gt;County-level workbench for Shaanxi Province&apos;s &quot;Five-Society Linkage&quot;: the four-tier social work service system, ledgers, registries of the five societies and quarterly progress reports.&lt;/p&gt;&lt;p&gt;Data is kept in a file on this computer; store it safely.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>正在后台检查数据库完整性，完成前暂不能修改…</source>
        <translation>Checking database integrity in the background; editing is available when it finishes…</translation>
    </message>
    <message>
        <source>正在检查数据库完整性…</source>
        <translation>Checking database integrity…</translation>
    </message>
    <message>
        <source>数据库完整性检查通过</source>
        <translation>Database integrity check passed</translation>
    </message>
    <message>
        <source>数据库已关闭：文件损坏</source>
        <translation>Database closed: the file is damaged</translation>
    </message>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>%1

文件没有被修改。请停止录入，从备份恢复后再打开。</source>
        <translation>%1

The file was not changed. Stop entering data, restore it from a backup, then open it again.</translation>
    </message>
    <message>
        <source>季度报告</source>
        <translation>Quarterly Report</translation>
    </message>
    <message>
        <source>站点与驻站社工</source>
        <translation>Stations and Resident Staff</translation>
    </message>
    <message>
        <source>社会工作者</source>
        <translation>Social Workers</translation>
    </message>
    <message>
        <source>社区社会组织</source>
        <translation>Community Social Organizations</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>服务活动</source>
        <translation>Service Activities</translation>
    </message>
    <message>
        <source>慈善资源</source>
        <translation>Charity Resources</translation>
    </message>
    <message>
        <source>政府购买服务</source>
        <translation>Government-Purchased Services</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>数据看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>五社登记</source>
        <translation>Five-society registers</translation>
    </message>
    <message>
        <source>设置填表人(&amp;U)…</source>
        <translation>Set &amp;preparer…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>填表人：%1</source>
        <translation>Prepared by: %1</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>请输入您的姓名（填表人）：
打印的台账、登记表和季度报告以此署名，每一处修改也记在此名下。
以后可在“文件 → 设置填表人”中更改。</source>
        <translation>Please enter your name (preparer):
Printed ledgers, registers and quarterly reports are signed with it, and every change is recorded under it.
You can change it later under &quot;File → Set preparer&quot;.</translation>
    </message>
    <message>
        <source>未署名</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>设置填表人</source>
        <translation>Set preparer</translation>
    </message>
    <message>
        <source>填表人姓名（打印的台账、登记表和季度报告上署名）：</source>
        <translation>Preparer&apos;s name (signs printed ledgers, registers and quarterly reports):</translation>
    </message>
</context>
<context>
    <name>wushe::ui::OrgTreeModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>wushe::ui::PersonFields</name>
    <message>
        <source>18位公民身份号码（15位旧号码自动转换）</source>
        <translation>18-digit citizen ID number (15-digit old numbers are converted)</translation>
    </message>
    <message>
        <source>手机号或带区号的固定电话</source>
        <translation>Mobile number or landline with area code</translation>
    </message>
    <message>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <source>身份证号*</source>
        <translation>ID number*</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>村（社区）*</source>
        <translation>Village (community)*</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>输入身份证号后自动显示出生日期和性别</source>
        <translation>Date of birth and sex appear once the ID number is entered</translation>
    </message>
    <message>
        <source>出生日期 %1 · %2 · %3岁</source>
        <translation>Born %1 · %2 · aged %3</translation>
    </message>
    <message>
        <source> · 已转换为18位：%1</source>
        <translation> · converted to 18 digits: %1</translation>
    </message>
</context>
<context>
    <name>wushe::ui::RegistryEditorDialog</name>
    <message>
        <source>%1 — 新增</source>
        <translation>%1 — New</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>记录已不存在</source>
        <translation>The record no longer exists</translation>
    </message>
</context>
<context>
    <name>wushe::ui::RegistryPage</name>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>（按所选单位列出，不分期间）</source>
        <translation>(listed for the selected unit, all periods)</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New...</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印名册（预览）…</source>
        <translation>Print Register (Preview)...</translation>
    </message>
    <message>
        <source>导出名册为PDF…</source>
        <translation>Export Register as PDF...</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>查询出错：%1</source>
        <translation>Query error: %1</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>此列表只能查看和打印</source>
        <translation>This list can only be viewed and printed</translation>
    </message>
    <message>
        <source>请先在表格中选中一条记录</source>
        <translation>Select a record in the table first</translation>
    </message>
    <message>
        <source>无法新增</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <source>暂不能修改</source>
        <translation>Editing not available yet</translation>
    </message>
    <message>
        <source>数据库完整性检查尚未完成，完成后即可修改。</source>
        <translation>The database integrity check has not finished yet; you can edit once it has.</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除“%1”？删除后不再列出，记录仍保留以备核查。</source>
        <translation>Delete &quot;%1&quot;? It will no longer be listed, but the record is kept for checking.</translation>
    </message>
    <message>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>导出/导入</source>
        <translation>Export/Import</translation>
    </message>
</context>
<context>
    <name>wushe::ui::ReliefEditorDialog</name>
    <message>
        <source>社会救助台账 — 新增</source>
        <translation>Social assistance ledger — New</translation>
    </message>
    <message>
        <source>元，例如 650 或 650.50</source>
        <translation>yuan, e.g. 650 or 650.50</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>劳动能力</source>
        <translation>Ability to work</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation>Add Household Member</translation>
    </message>
    <message>
        <source>移除所选成员</source>
        <translation>Remove Selected Member</translation>
    </message>
    <message>
        <source>户主劳动能力</source>
        <translation>Head&apos;s ability to work</translation>
    </message>
    <message>
        <source>户主健康状况</source>
        <translation>Head&apos;s health</translation>
    </message>
    <message>
        <source>其他共同生活家庭成员：</source>
        <translation>Other household members living together:</translation>
    </message>
    <message>
        <source>救助类别*</source>
        <translation>Assistance type*</translation>
    </message>
    <message>
        <source>生活自理能力（特困）</source>
        <translation>Self-care ability (tekun)</translation>
    </message>
    <message>
        <source>月保障金额（元）*</source>
        <translation>Monthly benefit (yuan)*</translation>
    </message>
    <message>
        <source>起保日期*</source>
        <translation>Benefit start date*</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>复核周期</source>
        <translation>Review interval</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
</context>
<context>
    <name>wushe::ui::ReportPage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>新建修订版</source>
        <translation>New Revision</translation>
    </message>
    <message>
        <source>导出上报数据包…</source>
        <translation>Export Submission Package...</translation>
    </message>
    <message>
        <source>导入下级数据包…</source>
        <translation>Import Lower-Level Packages...</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>双击指标查看明细</source>
        <translation>Double-click an indicator to see its details</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>报出日期</source>
        <translation>Date submitted</translation>
    </message>
    <message>
        <source>yyyy-MM-dd，报送时默认今天</source>
        <translation>yyyy-MM-dd; defaults to today when submitted</translation>
    </message>
    <message>
        <source>经验做法</source>
        <translation>Good practices</translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>下季度计划</source>
        <translation>Plan for next quarter</translation>
    </message>
    <message>
        <source>需关注的问题</source>
        <translation>Issues needing attention</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>按台账和登记的最新数据重新计算（已报送的报告保持报送时的数据）</source>
        <translation>Recalculate from the latest ledger and registry data (submitted reports keep the data they were submitted with)</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview...</translation>
    </message>
    <message>
        <source>导出PDF…</source>
        <translation>Export PDF...</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export Excel...</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>季度报告</source>
        <translation>Quarterly Report</translation>
    </message>
    <message>
        <source>下级报送情况：%1</source>
        <translation>Lower-level submissions: %1</translation>
    </message>
    <message>
        <source>报送情况：%1</source>
        <translation>Submission status: %1</translation>
    </message>
    <message>
        <source>导入下级数据包</source>
        <translation>Import Lower-Level Packages</translation>
    </message>
    <message>
        <source>上报数据包 (*.json)</source>
        <translation>Submission packages (*.json)</translation>
    </message>
    <message>
        <source>已导入：%1 %2 第%3版</source>
        <translation>Imported: %1 %2, revision %3</translation>
    </message>
    <message>
        <source>未导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>%1（第%2版）</source>
        <translation>%1 (revision %2)</translation>
    </message>
    <message>
        <source>未填报</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>本季度尚未结束</source>
        <translation>Quarter not yet over</translation>
    </message>
    <message>
        <source>待报送</source>
        <translation>To be submitted</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 · 报送截止 %2%3</source>
        <translation>%1 · submission due %2%3</translation>
    </message>
    <message>
        <source>保存报告</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>审核报告</source>
        <translation>Approve Report</translation>
    </message>
    <message>
        <source>报送报告</source>
        <translation>Submit Report</translation>
    </message>
    <message>
        <source>报告须先审核再报送</source>
        <translation>The report must be approved before it is submitted</translation>
    </message>
    <message>
        <source>导出Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出上报数据包</source>
        <translation>Export Submission Package</translation>
    </message>
    <message>
        <source>已写出%1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>指标明细</source>
        <translation>Indicator Details</translation>
    </message>
    <message>
        <source>%1 — 明细（%2条）</source>
        <translation>%1 — Details (%2 records)</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>打印/导出</source>
        <translation>Print/Export</translation>
    </message>
</context>
<context>
    <name>wushe::ui::ServiceActivityDialog</name>
    <message>
        <source>服务活动</source>
        <translation>Service activity</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>元，如 1200.50</source>
        <translation>yuan, e.g. 1200.50</translation>
    </message>
    <message>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <source>地点（区划）*</source>
        <translation>Place (division)*</translation>
    </message>
    <message>
        <source>承办站点（室）</source>
        <translation>Organizing station (room)</translation>
    </message>
    <message>
        <source>服务领域*</source>
        <translation>Service domain*</translation>
    </message>
    <message>
        <source>活动类型*</source>
        <translation>Activity type*</translation>
    </message>
    <message>
        <source>参与主体</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>活动名称*</source>
        <translation>Activity name*</translation>
    </message>
    <message>
        <source>服务人数</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>志愿服务（小时）</source>
        <translation>Volunteer service (hours)</translation>
    </message>
    <message>
        <source>使用资金（元）</source>
        <translation>Funds used (yuan)</translation>
    </message>
    <message>
        <source>活动概况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>服务活动 — %1</source>
        <translation>Service activity — %1</translation>
    </message>
</context>
<context>
    <name>wushe::ui::SocialWorkerDialog</name>
    <message>
        <source>社会工作者</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <source>参加了职业水平考试</source>
        <translation>Sat the professional level exam</translation>
    </message>
    <message>
        <source>已离岗</source>
        <translation>Has left the post</translation>
    </message>
    <message>
        <source>（不属于站点）</source>
        <translation>(not at a station)</translation>
    </message>
    <message>
        <source>岗位所在区划*</source>
        <translation>Division of post*</translation>
    </message>
    <message>
        <source>所属站点（室）</source>
        <translation>Station (room)</translation>
    </message>
    <message>
        <source>岗位*</source>
        <translation>Post*</translation>
    </message>
    <message>
        <source>职业水平证书</source>
        <translation>Professional level certificate</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>到岗日期*</source>
        <translation>Start date*</translation>
    </message>
    <message>
        <source>社会工作者 — %1</source>
        <translation>Social worker — %1</translation>
    </message>
</context>
<context>
    <name>wushe::ui::TrainingDialog</name>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>级别*</source>
        <translation>Level*</translation>
    </message>
    <message>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <source>培训主题*</source>
        <translation>Training topic*</translation>
    </message>
    <message>
        <source>时长（小时）*</source>
        <translation>Duration (hours)*</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>举办区划*</source>
        <translation>Held in (division)*</translation>
    </message>
    <message>
        <source>培训 — %1</source>
        <translation>Training — %1</translation>
    </message>
</context>
<context>
    <name>wushe::ui::UnitOverviewPage</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>无法显示</source>
        <translation>Cannot display</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>城乡属性</source>
        <translation>Urban/rural</translation>
    </message>
    <message>
        <source>“五社联动”省级试点县</source>
        <translation>Provincial &quot;Five-Society Linkage&quot; pilot county</translation>
    </message>
    <message>
        <source>上级</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>%1 %2 个</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>下辖</source>
        <translation>Subdivisions</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Villages (communities)</translation>
    </message>
    <message>
        <source>社区 %1 个，村 %2 个</source>
        <translation>Communities: %1, villages: %2</translation>
    </message>
    <message>
        <source>尚未建立</source>
        <translation>Not yet established</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>制度健全</source>
        <translation>Rules in place</translation>
    </message>
    <message>
        <source>规范建设</source>
        <translation>Standardized</translation>
    </message>
    <message>
        <source>在岗驻站人员 %1 人</source>
        <translation>Resident staff on duty: %1</translation>
    </message>
    <message>
        <source>驻站人员不足3人</source>
        <translation>Fewer than 3 resident staff</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>到岗日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>四级社会工作服务体系（本级及以下）</source>
        <translation>Four-tier social work service system (this level and below)</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>应建</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>已建</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>建成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>本数据库中的记录（本级及以下）</source>
        <translation>Records in this database (this level and below)</translation>
    </message>
</context>
<context>
    <name>wushe::ui::VisitDialog</name>
    <message>
        <source>添加探访记录 — %1</source>
        <translation>Add Visit — %1</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>删除所选人员</source>
        <translation>Remove Selected Person</translation>
    </message>
    <message>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>走访人员*</source>
        <translation>Visitors*</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>转介说明</source>
        <translation>Referral notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>wushe::ui::VisitHistoryPanel</name>
    <message>
        <source>添加探访…</source>
        <translation>Add Visit...</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>走访人员</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>保存后可添加探访记录</source>
        <translation>Visits can be added after saving</translation>
    </message>
    <message>
        <source>尚无探访记录</source>
        <translation>No visits yet</translation>
    </message>
    <message>
        <source>共 %1 次</source>
        <translation>Visits: %1</translation>
    </message>
</context>
<context>
    <name>wushe::ui::VolunteerDialog</name>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>（未加入队伍）</source>
        <translation>(not in a team)</translation>
    </message>
    <message>
        <source>如：医疗护理、心理疏导、文艺</source>
        <translation>e.g. nursing care, counselling, performing arts</translation>
    </message>
    <message>
        <source>登记单位*</source>
        <translation>Registering unit*</translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <source>技能特长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>登记日期*</source>
        <translation>Registered on*</translation>
    </message>
    <message>
        <source>志愿者 — %1</source>
        <translation>Volunteer — %1</translation>
    </message>
</context>
</TS>
