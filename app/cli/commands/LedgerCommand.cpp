#include "Cli.h"

#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "org/ReportingUnit.h"
#include "report/LedgerListDocument.h"
#include "report/RegisterPainter.h"
#include "report/PagedRenderer.h"
#include "rules/Masking.h"
#include "rules/PhoneNumber.h"
#include "storage/LedgerQuery.h"
#include "storage/OrgUnitRepository.h"

#include <QCoreApplication>

namespace wushe::cli {

namespace {

// The --category key of the chosen ledger into the filter.
bool applyCategory(storage::LedgerFilter& filter, const QString& key)
{
    if (key.isEmpty())
        return true;
    switch (filter.ledger) {
    case Ledger::Elderly:
        if (const auto category = kElderlyCategories.fromKey(key)) {
            filter.categoryMask = quint32(*category);
            return true;
        }
        return false;
    case Ledger::Child:
        if (const auto category = kChildCategories.fromKey(key)) {
            filter.categoryMask = quint32(*category);
            return true;
        }
        return false;
    case Ledger::Relief:
        filter.reliefCategory = kReliefCategories.fromKey(key);
        return filter.reliefCategory.has_value() && !key.isEmpty();
    }
    return false;
}

std::optional<storage::LedgerSort> sortFromKey(const QString& key)
{
    if (key == u"name")
        return storage::LedgerSort::Name;
    if (key == u"id")
        return storage::LedgerSort::IdNumber;
    if (key == u"birth")
        return storage::LedgerSort::BirthDate;
    if (key == u"village")
        return storage::LedgerSort::Village;
    return std::nullopt;
}

} // namespace

// Lists a ledger as TSV, one line per record in the chosen order, no header:
//   id_number<TAB>name<TAB>sex<TAB>birth_date<TAB>village_code<TAB>village_name<TAB>categories
//   <TAB>risk_or_status<TAB>last_visit (or -)<TAB>next_due (or -)<TAB>overdue (0/1)
//   <TAB>household_size<TAB>monthly_amount_fen          (the last two are 0 outside relief)
// ID numbers and phones are masked unless --reveal. With --pdf FILE the printable
// register is written instead (A4 landscape) and one line FILE<TAB>pages<TAB>rows printed.
int runLedger(Cli& cli, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "列出或打印一个台账（TSV 或 PDF 名册）"));
    parser.addOption(Cli::dbOption());
    parser.addOption({QStringLiteral("ledger"), QCoreApplication::translate("Cli", "台账：elderly、child 或 relief"),
                      QStringLiteral("LEDGER")});
    parser.addOption(Cli::unitOption(QCoreApplication::translate("Cli", "只列出该区划及其下级（默认：整个辖区）")));
    parser.addOption({QStringLiteral("search"), QCoreApplication::translate("Cli", "姓名、身份证号后几位或电话"),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("category"), QCoreApplication::translate("Cli", "类别键，例如 living_alone、left_behind、dibao_rural"),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("overdue"), QCoreApplication::translate("Cli", "只列出逾期未访的")});
    parser.addOption(Cli::dateOption(QCoreApplication::translate("Cli", "按该日期计算上次探访和逾期（默认：今天）")));
    parser.addOption({QStringLiteral("sort"), QCoreApplication::translate("Cli", "排序：name（拼音，默认）、id、birth、village"),
                      QStringLiteral("KEY"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("reveal"), QCoreApplication::translate("Cli", "显示完整的身份证号和电话")});
    parser.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Cli", "把名册写入 PDF 文件"), QStringLiteral("FILE")});
    parser.addOption(Cli::operatorOption());
    int exitCode = Ok;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;

    storage::LedgerFilter filter;
    QString ledgerKey;
    if (!cli.required(parser, QStringLiteral("ledger"), ledgerKey, exitCode))
        return exitCode;
    const auto ledger = kLedgers.fromKey(ledgerKey);
    if (!ledger)
        return cli.usage(QCoreApplication::translate("Cli", "--ledger 应为 elderly、child 或 relief：%1").arg(ledgerKey), parser);
    filter.ledger = *ledger;
    if (!applyCategory(filter, parser.value(QStringLiteral("category")).trimmed()))
        return cli.usage(QCoreApplication::translate("Cli", "该台账没有类别“%1”").arg(parser.value(QStringLiteral("category"))),
                         parser);
    const auto sort = sortFromKey(parser.value(QStringLiteral("sort")).trimmed());
    if (!sort)
        return cli.usage(QCoreApplication::translate("Cli", "--sort 应为 name、id、birth 或 village"), parser);
    if (!cli.dateValue(parser, filter.asOf, exitCode))
        return exitCode;
    filter.search = parser.value(QStringLiteral("search")).trimmed();
    filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    const bool reveal = parser.isSet(QStringLiteral("reveal"));

    auto db = cli.openExisting(parser, exitCode);
    if (!db)
        return exitCode;
    if (!cli.unitValue(parser, *db, filter.underCode, exitCode))
        return exitCode;

    if (parser.isSet(QStringLiteral("pdf"))) {
        storage::OrgUnitRepository units(db->sql());
        auto jurisdiction = units.jurisdiction();
        if (!jurisdiction)
            return cli.refuse(jurisdiction.error());
        auto listed = filter.underCode.isEmpty() ? Result<std::optional<OrgUnit>>(*jurisdiction) : units.find(filter.underCode);
        if (!listed)
            return cli.refuse(listed.error());
        report::LedgerListDocument::Options options{filter, *sort, Qt::AscendingOrder, reveal,
                                                    (*listed) ? (*listed)->name : jurisdiction->name};
        report::RegisterTable table;
        auto rows = report::LedgerListDocument::build(table, db->sql(), options);
        if (!rows)
            return cli.refuse(rows.error());
        const QString path = parser.value(QStringLiteral("pdf"));
        // 填表人: the operator when named, else a line to sign on.
        const QString preparedBy = parser.isSet(QStringLiteral("operator")) ? cli.operatorOf(parser).printedName() : QString();
        const report::PageDecoration decoration{report::LedgerListDocument::title(options),
                                                org::reportingUnitName(*jurisdiction), preparedBy, filter.asOf};
        report::RegisterPainter body(table);
        auto pages = report::PagedRenderer::writePdf(body, path, QPageLayout::Landscape, decoration);
        if (!pages)
            return cli.refuse(pages.error());
        cli.out() << path << '\t' << *pages << '\t' << *rows << '\n';
        return Ok;
    }

    const storage::LedgerQuery query(db->sql());
    constexpr int kChunk = 2000;
    for (qint64 offset = 0;; offset += kChunk) {
        auto rows = query.page(filter, *sort, Qt::AscendingOrder, offset, kChunk);
        if (!rows)
            return cli.refuse(rows.error());
        for (const storage::LedgerRow& row : *rows) {
            const auto date = [](QDate day) { return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("-"); };
            cli.out() << (reveal ? row.idNumber : rules::maskIdNumber(row.idNumber)) << '\t' << row.name << '\t'
                      << kSexes.label(row.sex) << '\t' << row.birthDate.toString(Qt::ISODate) << '\t' << row.orgCode
                      << '\t' << row.villageName << '\t' << row.categories << '\t' << row.riskOrStatus << '\t'
                      << date(row.lastVisit) << '\t' << date(row.nextDue) << '\t' << (row.overdue ? 1 : 0) << '\t'
                      << row.householdSize << '\t' << row.monthlyAmountFen << '\n';
        }
        if (rows->size() < kChunk)
            break;
    }
    return Ok;
}

} // namespace wushe::cli
