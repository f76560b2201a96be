#include "report/PersonFormDocument.h"
#include "TextJoin.h"

#include "report/PrintFont.h"
#include "domain/Money.h"
#include "rules/LedgerRules.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace wushe::report {

namespace {


QString orBlank(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("&nbsp;") : text.toHtmlEscaped();
}

const QString kFormStyle = QStringLiteral(
    "<style>td{padding:5px;border:1px solid black} td.label{background:#f0f0f0;white-space:nowrap}</style>");

} // namespace

namespace form {

QString cell(const QString& label, const QString& value, int valueSpan)
{
    return QStringLiteral("<td class='label' width='14%'>%1</td><td colspan='%2'>%3</td>")
        .arg(label.toHtmlEscaped())
        .arg(valueSpan)
        .arg(orBlank(value));
}

QString signatureLines(const QStringList& signers)
{
    QString html = QStringLiteral("<table width='100%' cellpadding='10' style='margin-top:24px'><tr>");
    for (const QString& signer : signers)
        html += QStringLiteral("<td style='border:none'>%1（签字）：________________</td>").arg(signer.toHtmlEscaped());
    html += QStringLiteral("</tr><tr><td style='border:none' colspan='%1' align='right'>%2</td></tr></table>")
                .arg(signers.size())
                .arg(QCoreApplication::translate("PersonFormDocument", "日期：______年____月____日"));
    return html;
}

} // namespace form

namespace {

// Style, title, village and registration date, then the form table opened.
QString registrationHeading(Ledger ledger, const QString& villagePath, QDate registeredOn)
{
    return kFormStyle + QStringLiteral("<h2 align='center'>%1</h2>").arg(PersonFormDocument::title(ledger))
           + QStringLiteral("<p>%1　　%2</p>")
                 .arg(QCoreApplication::translate("PersonFormDocument", "所属村（社区）：%1").arg(villagePath.toHtmlEscaped()),
                      QCoreApplication::translate("PersonFormDocument", "登记日期：%1").arg(registeredOn.toString(Qt::ISODate)))
           + QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>");
}

} // namespace

void PersonFormDocument::elderly(QTextDocument& document, const ElderlyRecord& record, const QString& villagePath)
{
    using form::cell;
    const Person& person = record.person;
    const auto join = [](const QStringList& parts) { return joinList(parts); };
    QString html = registrationHeading(Ledger::Elderly, villagePath, record.registeredOn);
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "姓名"), person.name), cell(QCoreApplication::translate("PersonFormDocument", "性别"), kSexes.label(person.sex)),
                     cell(QCoreApplication::translate("PersonFormDocument", "年龄"), QString::number(rules::ageOn(person.birthDate, record.registeredOn))));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "身份证号"), person.idNumber), cell(QCoreApplication::translate("PersonFormDocument", "出生日期"), person.birthDate.toString(Qt::ISODate)),
                     cell(QCoreApplication::translate("PersonFormDocument", "民族"), person.ethnicity));
    html += QStringLiteral("<tr>%1%2</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "联系电话"), person.phone), cell(QCoreApplication::translate("PersonFormDocument", "住址"), person.address, 3));
    html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "老年人类别"), join(labelsOfBits(kElderlyCategories, record.categories)), 5));
    html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "经济来源"), join(labelsOfBits(kEconomicSources, record.economicSources)), 5));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "家庭结构"), kFamilyStructures.label(record.familyStructure)),
                     cell(QCoreApplication::translate("PersonFormDocument", "健康状况"), kHealthStatuses.label(record.healthStatus)),
                     cell(QCoreApplication::translate("PersonFormDocument", "照料情况"), kCareSituations.label(record.careSituation)));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "赡养人"), record.supporterName), cell(QCoreApplication::translate("PersonFormDocument", "赡养人电话"), record.supporterPhone),
                     cell(QCoreApplication::translate("PersonFormDocument", "务工地"), record.supporterWorkplace));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "结对帮扶人"), record.helperName), cell(QCoreApplication::translate("PersonFormDocument", "风险等级"), kRiskTiers.label(record.riskTier)),
                     cell(QCoreApplication::translate("PersonFormDocument", "备注"), record.note));
    html += QStringLiteral("<tr><td class='label'>%1</td><td colspan='5' height='120'>&nbsp;</td></tr>")
                .arg(QCoreApplication::translate("PersonFormDocument", "探访关爱需求"));
    html += QStringLiteral("</table>");
    html += form::signatureLines({QCoreApplication::translate("PersonFormDocument", "填表人"), QCoreApplication::translate("PersonFormDocument", "审核人"), QCoreApplication::translate("PersonFormDocument", "老人或家属")});
    applyPrintFont(document, 10.5);
    document.setHtml(html);
}

QString PersonFormDocument::title(Ledger ledger)
{
    switch (ledger) {
    case Ledger::Elderly: return QCoreApplication::translate("PersonFormDocument", "老年人信息登记表");
    case Ledger::Child: return QCoreApplication::translate("PersonFormDocument", "儿童信息登记表");
    case Ledger::Relief: return QCoreApplication::translate("PersonFormDocument", "家庭经济状况入户核查表");
    }
    return {};
}

void PersonFormDocument::child(QTextDocument& document, const ChildRecord& record, const QString& villagePath)
{
    using form::cell;
    const Person& person = record.person;
    const auto join = [](const QStringList& parts) { return joinList(parts); };
    QString html = registrationHeading(Ledger::Child, villagePath, record.registeredOn);
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "姓名"), person.name), cell(QCoreApplication::translate("PersonFormDocument", "性别"), kSexes.label(person.sex)),
                     cell(QCoreApplication::translate("PersonFormDocument", "出生日期"), person.birthDate.toString(Qt::ISODate)));
    html += QStringLiteral("<tr>%1%2</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "身份证号"), person.idNumber), cell(QCoreApplication::translate("PersonFormDocument", "住址"), person.address, 3));
    html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "儿童类别"), join(labelsOfBits(kChildCategories, record.categories)), 5));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "就学情况"), kSchoolings.label(record.schooling)),
                     cell(QCoreApplication::translate("PersonFormDocument", "学校寄宿"), record.boarding ? QCoreApplication::translate("PersonFormDocument", "是") : QCoreApplication::translate("PersonFormDocument", "否")),
                     cell(QCoreApplication::translate("PersonFormDocument", "身体状况"), kChildHealths.label(record.health)));
    html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "残疾或患病情况"), record.disabilityNote, 5));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "父亲"), record.fatherName), cell(QCoreApplication::translate("PersonFormDocument", "务工地点"), record.fatherWorkplace),
                     cell(QCoreApplication::translate("PersonFormDocument", "电话"), record.fatherPhone));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "母亲"), record.motherName), cell(QCoreApplication::translate("PersonFormDocument", "务工地点"), record.motherWorkplace),
                     cell(QCoreApplication::translate("PersonFormDocument", "电话"), record.motherPhone));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "实际监护人"), record.guardianName), cell(QCoreApplication::translate("PersonFormDocument", "与儿童关系"), record.guardianRelation),
                     cell(QCoreApplication::translate("PersonFormDocument", "电话"), record.guardianPhone));
    html += QStringLiteral("<tr>%1%2</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "监护人身份证号"), record.guardianIdNumber),
                     cell(QCoreApplication::translate("PersonFormDocument", "监护类型"), kGuardianshipTypes.label(record.guardianshipType), 3));
    html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "家庭经济来源"), join(labelsOfBits(kFamilyIncomes, record.incomeSources)), 5));
    html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "救助帮扶情况"), join(labelsOfBits(kAssistances, record.assistance)), 5));
    html += QStringLiteral("<tr>%1%2</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "风险等级"), kRiskTiers.label(record.riskTier)), cell(QCoreApplication::translate("PersonFormDocument", "备注"), record.note, 3));
    html += QStringLiteral("</table>");
    html += form::signatureLines({QCoreApplication::translate("PersonFormDocument", "填表人"), QCoreApplication::translate("PersonFormDocument", "复核人"), QCoreApplication::translate("PersonFormDocument", "单位负责人")});
    applyPrintFont(document, 10.5);
    document.setHtml(html);
}

void PersonFormDocument::reliefCheck(QTextDocument& document, const ReliefHousehold& household, const QString& villagePath)
{
    using form::cell;
    const ReliefMember head = household.members.isEmpty() ? ReliefMember{} : household.members.first();
    QString html = kFormStyle;
    html += QStringLiteral("<h2 align='center'>%1</h2>").arg(title(Ledger::Relief));
    html += QStringLiteral("<p>%1　　%2</p>")
                .arg(QCoreApplication::translate("PersonFormDocument", "所属村（社区）：%1").arg(villagePath.toHtmlEscaped()), QCoreApplication::translate("PersonFormDocument", "核查日期：______年____月____日"));
    html += QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>");
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "户主姓名"), head.person.name), cell(QCoreApplication::translate("PersonFormDocument", "身份证号"), head.person.idNumber),
                     cell(QCoreApplication::translate("PersonFormDocument", "联系电话"), head.person.phone));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "救助类别"), kReliefCategories.label(household.category)),
                     cell(QCoreApplication::translate("PersonFormDocument", "月保障金额（元）"), formatYuan(household.monthlyAmountFen)),
                     cell(QCoreApplication::translate("PersonFormDocument", "起保日期"), household.startOn.toString(Qt::ISODate)));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(QCoreApplication::translate("PersonFormDocument", "状态"), kReliefStatuses.label(household.status)),
                     cell(QCoreApplication::translate("PersonFormDocument", "复核周期"), kReviewCycles.label(household.reviewCycle)),
                     cell(QCoreApplication::translate("PersonFormDocument", "家庭人口"), QString::number(household.members.size())));
    if (isTekun(household.category))
        html += QStringLiteral("<tr>%1</tr>").arg(cell(QCoreApplication::translate("PersonFormDocument", "生活自理能力"), kSelfCares.label(household.selfCare), 5));
    html += QStringLiteral("</table><h3>%1</h3>").arg(QCoreApplication::translate("PersonFormDocument", "共同生活家庭成员"));
    html += QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'><tr>");
    for (const QString& header : {QCoreApplication::translate("PersonFormDocument", "姓名"), QCoreApplication::translate("PersonFormDocument", "与户主关系"), QCoreApplication::translate("PersonFormDocument", "身份证号"), QCoreApplication::translate("PersonFormDocument", "劳动能力"), QCoreApplication::translate("PersonFormDocument", "健康状况"), QCoreApplication::translate("PersonFormDocument", "本人签字")})
        html += QStringLiteral("<td class='label'>%1</td>").arg(header);
    html += QStringLiteral("</tr>");
    for (const ReliefMember& member : household.members)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>&nbsp;</td></tr>")
                    .arg(member.person.name.toHtmlEscaped(), kRelationships.label(member.relationship), member.person.idNumber,
                         kWorkAbilities.label(member.workAbility), kMemberHealths.label(member.health));
    html += QStringLiteral("</table><h3>%1</h3>").arg(QCoreApplication::translate("PersonFormDocument", "入户核查情况"));
    html += QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>");
    for (const QString& topic : {QCoreApplication::translate("PersonFormDocument", "家庭收入"), QCoreApplication::translate("PersonFormDocument", "家庭财产"), QCoreApplication::translate("PersonFormDocument", "居住状况"), QCoreApplication::translate("PersonFormDocument", "生活状况"), QCoreApplication::translate("PersonFormDocument", "核查结论")})
        html += QStringLiteral("<tr><td class='label' width='14%'>%1</td><td height='48'>&nbsp;</td></tr>").arg(topic);
    html += QStringLiteral("</table>");
    // 入户调查 needs two investigators, both signing, and the household's signature.
    html += form::signatureLines({QCoreApplication::translate("PersonFormDocument", "调查人一"), QCoreApplication::translate("PersonFormDocument", "调查人二"), QCoreApplication::translate("PersonFormDocument", "被调查人")});
    applyPrintFont(document, 10.5);
    document.setHtml(html);
}

} // namespace wushe::report
