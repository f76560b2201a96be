#include "exchange/VisitSheet.h"

#include "domain/Visit.h"
#include "exchange/CommonFields.h"
#include "storage/LedgerQuery.h"
#include "storage/VisitRepository.h"

namespace wushe::exchange {

QList<ExchangeColumn> VisitSheet::columns(Ledger ledger)
{
    const bool relief = ledger == Ledger::Relief;
    QList<ExchangeColumn> columns{
        column(QStringLiteral("name"), relief ? fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "户主姓名")) : fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "姓名")), CellKind::Name, {}, 10),
        column(QStringLiteral("id_number"), relief ? fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "户主身份证号")) : fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "身份证号")), CellKind::IdNumber, {}, 21),
        column(QStringLiteral("visit_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "日期")), CellKind::Date, {}, 12),
        column(QStringLiteral("kind"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "类型")), CellKind::Choice, {}, 10),
        column(QStringLiteral("mode"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "方式")), CellKind::Choice, {}, 14),
        column(QStringLiteral("visitors"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "探访人")), CellKind::Text, {}, 24),
        column(QStringLiteral("findings"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "发现问题")), CellKind::Text, {}, 30),
        column(QStringLiteral("actions"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "处置措施")), CellKind::Text, {}, 30),
        column(QStringLiteral("referral"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "转介")), CellKind::Choice, {}, 14),
        column(QStringLiteral("referral_note"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "转介说明")), CellKind::Text, {}, 20),
    };
    columns[3].options = optionsOf(kVisitKinds);
    columns[4].options = optionsOf(kVisitModes);
    columns[8].options = optionsOf(kReferrals);
    return columns;
}

Result<void> VisitSheet::rows(const QSqlDatabase& db, Ledger ledger, const ExportScope& scope,
                              const std::function<bool(const QList<QVariant>&)>& row)
{
    storage::LedgerFilter filter = scope.filter;
    filter.ledger = ledger;
    const storage::LedgerQuery query(db);
    const storage::VisitRepository visits(db, {});
    constexpr int kChunk = 10000; // fewer OFFSET skips; a page of ledger rows is a few MB
    for (qint64 offset = 0;; offset += kChunk) {
        auto listed = query.page(filter, storage::LedgerSort::Name, Qt::AscendingOrder, offset, kChunk);
        if (!listed)
            return std::unexpected(listed.error());
        for (const storage::LedgerRow& record : *listed) {
            auto history = visits.history(record.recordId);
            if (!history)
                return std::unexpected(history.error());
            for (const Visit& visit : *history) {
                QStringList visitors;
                for (const Visitor& visitor : visit.visitors)
                    visitors << QStringLiteral("%1（%2）").arg(visitor.name, kVisitorRoles.label(visitor.role));
                if (!row({record.name, record.idNumber, visit.visitOn, quint32(visit.kind), quint32(visit.mode),
                          visitors.join(u'、'), visit.findings, visit.actions,
                          visit.referral == Referral::None ? QVariant() : QVariant(quint32(visit.referral)), visit.referralNote}))
                    return {};
            }
        }
        if (listed->size() < kChunk)
            return {};
    }
}

} // namespace wushe::exchange
