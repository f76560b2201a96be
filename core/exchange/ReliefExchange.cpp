#include "exchange/ReliefExchange.h"

#include "exchange/CommonFields.h"
#include "exchange/VisitSheet.h"
#include "storage/LedgerQuery.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace wushe::exchange {

namespace {

int memberIndex(const ReliefHousehold& household, const QString& idNumber)
{
    for (int i = 0; i < household.members.size(); ++i)
        if (household.members.at(i).person.idNumber == idNumber)
            return i;
    return -1;
}

} // namespace

ReliefExchange::ReliefExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : m_db(std::move(db)), m_context(std::move(context)), m_repository(m_db, m_context)
{
    using R = ReliefRow;
    QList<Field<R>> household{
        readOnly<R>(required(column(QStringLiteral("head_name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "户主姓名")), CellKind::Name, {QStringLiteral("户主")}, 10)),
                    [](const R& r) { return r.household->members.value(0).person.name; }),
        readOnly<R>(required(column(QStringLiteral("head_id_number"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "户主身份证号")), CellKind::IdNumber,
                                    {QStringLiteral("户主身份证号码"), QStringLiteral("户主公民身份号码"), QStringLiteral("户主证件号码")}, 21)),
                    [](const R& r) { return r.household->members.value(0).person.idNumber; }),
    };
    household << unitFields<R>(units, [](auto& r) -> auto& { return r.household->meta.orgCode; });
    household << choiceField<R>(required(column(QStringLiteral("category"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "救助类别")), CellKind::Choice,
                                                {QStringLiteral("保障类别"), QStringLiteral("类别"), QStringLiteral("救助类型")}, 14)),
                                kReliefCategories, [](auto& r) -> auto& { return r.household->category; })
              << integerField<R>(column(QStringLiteral("monthly_amount"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "月保障金额（元）")), CellKind::Money,
                                        {QStringLiteral("保障金额"), QStringLiteral("月救助金额"), QStringLiteral("月补助金额")}, 12),
                                 [](auto& r) -> auto& { return r.household->monthlyAmountFen; })
              << dateField<R>(column(QStringLiteral("start_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "起保日期")), CellKind::Date, {QStringLiteral("保障起始日期"), QStringLiteral("享受日期")}),
                              [](auto& r) -> auto& { return r.household->startOn; })
              << choiceField<R>(column(QStringLiteral("status"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "状态")), CellKind::Choice, {QStringLiteral("保障状态")}, 8),
                                kReliefStatuses, [](auto& r) -> auto& { return r.household->status; })
              << choiceField<R>(column(QStringLiteral("review_cycle"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "复核周期")), CellKind::Choice, {}, 8),
                                kReviewCycles, [](auto& r) -> auto& { return r.household->reviewCycle; })
              << choiceField<R>(column(QStringLiteral("self_care"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "自理能力")), CellKind::Choice, {QStringLiteral("生活自理能力")}, 16),
                                kSelfCares, [](auto& r) -> auto& { return r.household->selfCare; })
              << textField<R>(column(QStringLiteral("household_address"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "家庭住址")), CellKind::Text, {QStringLiteral("住址")}, 24),
                              [](auto& r) -> auto& { return r.household->address; })
              << dateField<R>(column(QStringLiteral("registered_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "登记日期")), CellKind::Date, {}),
                              [](auto& r) -> auto& { return r.household->registeredOn; })
              << textField<R>(column(QStringLiteral("note"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "备注")), CellKind::Text, {}, 16),
                              [](auto& r) -> auto& { return r.household->note; })
              << readOnly<R>(column(QStringLiteral("household_size"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "户人数")), CellKind::Integer, {QStringLiteral("家庭人口数")}, 8),
                             [](const R& r) { return qint64(r.household->members.size()); });
    // The head's name and ID identify the household: read, never written through a setter.
    household[0].column.exportOnly = false;
    household[1].column.exportOnly = false;
    for (const Field<R>& field : household)
        m_householdKeys.insert(field.column.key);

    const auto member = [](auto& r) -> auto& { return r.household->members[r.member]; };
    QList<Field<R>> members{
        textField<R>(required(column(QStringLiteral("member_name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "成员姓名")), CellKind::Name, {QStringLiteral("姓名")}, 10)),
                     [member](auto& r) -> auto& { return member(r).person.name; }),
        textField<R>(required(column(QStringLiteral("member_id_number"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "成员身份证号")), CellKind::IdNumber,
                                     {QStringLiteral("成员身份证号码"), QStringLiteral("身份证号"), QStringLiteral("身份证号码"),
                                      QStringLiteral("公民身份号码"), QStringLiteral("证件号码")}, 21)),
                     [member](auto& r) -> auto& { return member(r).person.idNumber; }),
        readOnly<R>(column(QStringLiteral("sex"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "性别")), CellKind::Text, {}, 6),
                    [](const R& r) { return kSexes.label(r.household->members.at(r.member).person.sex); }),
        readOnly<R>(column(QStringLiteral("birth_date"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "出生日期")), CellKind::Date, {}, 12),
                    [](const R& r) { return r.household->members.at(r.member).person.birthDate; }),
        choiceField<R>(column(QStringLiteral("relationship"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "与户主关系")), CellKind::Choice, {QStringLiteral("关系")}, 10),
                       kRelationships, [member](auto& r) -> auto& { return member(r).relationship; }),
        choiceField<R>(column(QStringLiteral("work_ability"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "劳动能力")), CellKind::Choice, {}, 12),
                       kWorkAbilities, [member](auto& r) -> auto& { return member(r).workAbility; }),
        choiceField<R>(column(QStringLiteral("member_health"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "健康状况")), CellKind::Choice, {QStringLiteral("身体状况")}, 10),
                       kMemberHealths, [member](auto& r) -> auto& { return member(r).health; }),
        textField<R>(column(QStringLiteral("ethnicity"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "民族")), CellKind::Text, {}, 8),
                     [member](auto& r) -> auto& { return member(r).person.ethnicity; }),
        textField<R>(column(QStringLiteral("phone"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "联系电话")), CellKind::Phone, phoneSynonyms(), 14),
                     [member](auto& r) -> auto& { return member(r).person.phone; }),
        readOnly<R>(column(QStringLiteral("last_visit"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "上次核查")), CellKind::Date, {}, 12),
                    [](const R& r) { return r.lastVisit; }),
        readOnly<R>(column(QStringLiteral("next_due"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "下次复核")), CellKind::Date, {}, 12),
                    [](const R& r) { return r.nextDue; }),
    };
    m_fields = household + members;
    for (const Field<R>& field : m_fields)
        m_columns.append(field.column);
}

QString ReliefExchange::title() const
{
    return kLedgers.label(Ledger::Relief);
}

QList<QVariant> ReliefExchange::values(const ReliefRow& row) const
{
    QList<QVariant> out;
    for (const Field<ReliefRow>& field : m_fields)
        out.append(field.get(row));
    return out;
}

QList<QVariant> ReliefExchange::mappedValues(const ReliefRow& row, const ImportValues& values) const
{
    QList<QVariant> out;
    for (const Field<ReliefRow>& field : m_fields)
        if (field.set && values.contains(field.column.key))
            out.append(field.get(row));
    return out;
}

Result<qint64> ReliefExchange::count(const ExportScope& scope) const
{
    storage::LedgerFilter filter = scope.filter;
    filter.ledger = Ledger::Relief;
    const storage::LedgerQuery query(m_db);
    qint64 members = 0;
    constexpr int kChunk = 5000;
    for (qint64 offset = 0;; offset += kChunk) {
        auto rows = query.page(filter, storage::LedgerSort::Name, Qt::AscendingOrder, offset, kChunk);
        if (!rows)
            return std::unexpected(rows.error());
        for (const storage::LedgerRow& row : *rows)
            members += row.householdSize;
        if (rows->size() < kChunk)
            return members;
    }
}

Result<void> ReliefExchange::exportRows(const ExportScope& scope, const std::function<bool(const QList<QVariant>&)>& row) const
{
    storage::LedgerFilter filter = scope.filter;
    filter.ledger = Ledger::Relief;
    const storage::LedgerQuery query(m_db);
    constexpr int kChunk = 10000; // fewer OFFSET skips; a page of ledger rows is a few MB
    for (qint64 offset = 0;; offset += kChunk) {
        auto rows = query.page(filter, storage::LedgerSort::Name, Qt::AscendingOrder, offset, kChunk);
        if (!rows)
            return std::unexpected(rows.error());
        for (const storage::LedgerRow& listed : *rows) {
            auto household = m_repository.find(listed.recordId);
            if (!household)
                return std::unexpected(household.error());
            if (!*household)
                continue;
            for (int i = 0; i < (*household)->members.size(); ++i)
                if (!row(values(ReliefRow{&**household, i, listed.lastVisit, listed.nextDue})))
                    return {};
        }
        if (rows->size() < kChunk)
            return {};
    }
}

Result<std::optional<ReliefHousehold>> ReliefExchange::findHousehold(const QString& headIdNumber) const
{
    auto person = storage::PersonRepository(m_db, m_context).findByIdNumber(headIdNumber);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return std::optional<ReliefHousehold>{};
    auto household = m_repository.findByMember((*person)->meta.id);
    if (!household)
        return std::unexpected(household.error());
    if (*household && (*household)->members.value(0).person.idNumber != headIdNumber)
        return fail(QStringLiteral("relief.member_elsewhere"),
                    QCoreApplication::translate("ReliefExchange", "户主%1已是另一户（户主%2）的成员").arg(headIdNumber, (*household)->members.value(0).person.idNumber));
    return household;
}

Result<ApplyOutcome> ReliefExchange::apply(const QList<ImportValues>& group)
{
    const QString headId = group.first().value(QStringLiteral("head_id_number")).toString();
    const QString headName = group.first().value(QStringLiteral("head_name")).toString();
    // The household's columns must agree on every member's row.
    for (const ImportValues& values : group)
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (m_householdKeys.contains(it.key()) && group.first().value(it.key()) != it.value()) {
                QString header = it.key();
                for (const ExchangeColumn& column : m_columns)
                    if (column.key == it.key())
                        header = column.header;
                return fail(QStringLiteral("relief.inconsistent"), QCoreApplication::translate("ReliefExchange", "同一户各成员行的“%1”不一致").arg(header));
            }
    auto existing = findHousehold(headId);
    if (!existing)
        return std::unexpected(existing.error());
    ReliefHousehold household;
    if (*existing) {
        household = **existing;
    } else {
        household.registeredOn = m_context.clock->today();
        household.startOn = m_context.clock->today();
    }
    const ReliefHousehold before = household;
    bool changed = !*existing;
    for (const ImportValues& values : group) {
        const QString memberId = values.value(QStringLiteral("member_id_number")).toString();
        int index = memberIndex(household, memberId);
        if (index < 0) {
            ReliefMember member;
            member.person.idNumber = memberId;
            member.relationship = memberId == headId ? Relationship::Head : Relationship::Other;
            household.members.append(member);
            index = int(household.members.size() - 1);
            changed = true;
        }
        ReliefRow row{&household, index, {}, {}};
        for (const Field<ReliefRow>& field : m_fields)
            if (field.set && values.contains(field.column.key))
                field.set(row, values.value(field.column.key));
        if (!changed) {
            ReliefHousehold old = before;
            const int oldIndex = memberIndex(old, memberId);
            changed = oldIndex < 0 || mappedValues(ReliefRow{&old, oldIndex, {}, {}}, values) != mappedValues(row, values);
        }
    }
    // The head first; a file that lists only the other members still names the head.
    int head = memberIndex(household, headId);
    if (head < 0) {
        ReliefMember member;
        member.person.idNumber = headId;
        member.person.name = headName;
        member.relationship = Relationship::Head;
        household.members.prepend(member);
        changed = true;
    } else if (head > 0) {
        household.members.move(head, 0);
        changed = true;
    }
    if (household.members.first().person.name != headName && !household.members.first().person.name.isEmpty())
        return fail(QStringLiteral("relief.head_name"),
                    QCoreApplication::translate("ReliefExchange", "户主姓名“%1”与户主本人行的姓名“%2”不一致").arg(headName, household.members.first().person.name));
    household.members.first().relationship = Relationship::Head;
    if (!*existing) {
        auto added = m_repository.add(household);
        if (!added)
            return std::unexpected(added.error());
        return ApplyOutcome::Added;
    }
    if (!changed)
        return ApplyOutcome::Unchanged;
    if (auto ok = m_repository.update(household); !ok)
        return std::unexpected(ok.error());
    return ApplyOutcome::Updated;
}

QList<ExchangeColumn> ReliefExchange::visitColumns() const
{
    return VisitSheet::columns(Ledger::Relief);
}

Result<void> ReliefExchange::exportVisits(const ExportScope& scope, const std::function<bool(const QList<QVariant>&)>& row) const
{
    return VisitSheet::rows(m_db, Ledger::Relief, scope, row);
}

} // namespace wushe::exchange
