#include "ReliefEditorDialog.h"

#include "EnumWidgets.h"
#include "PersonFields.h"
#include "domain/Money.h"
#include "operations/Operations.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wushe::ui {

namespace {

enum MemberColumn { IdColumn, NameColumn, RelationColumn, WorkColumn, HealthColumn, PhoneColumn, MemberColumns };

template <typename E, std::size_t N>
QComboBox* enumCell(QTableWidget* table, const EnumTable<E, N>& values, E value)
{
    auto* combo = new QComboBox(table);
    fillCombo(combo, values);
    setComboValue(combo, value);
    return combo;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ReliefEditorDialog::ReliefEditorDialog(ops::Operations& ops, QWidget* parent)
    : LedgerEditorDialog(ops, parent), m_headWork(new QComboBox(this)),
      m_headHealth(new QComboBox(this)), m_members(new QTableWidget(0, MemberColumns, this)),
      m_category(new QComboBox(this)), m_selfCare(new QComboBox(this)), m_amount(new QLineEdit(this)),
      m_startOn(new QDateEdit(m_clock.today(), this)), m_status(new QComboBox(this)), m_reviewCycle(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("社会救助台账 — 新增"));
    fillCombo(m_headWork, kWorkAbilities);
    fillCombo(m_headHealth, kMemberHealths);
    fillCombo(m_category, kReliefCategories);
    fillCombo(m_selfCare, kSelfCares);
    fillCombo(m_status, kReliefStatuses);
    fillCombo(m_reviewCycle, kReviewCycles);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("元，例如 650 或 650.50"));
    m_startOn->setCalendarPopup(true);
    m_startOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setMaximumHeight(50);

    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHorizontalHeaderLabels({tr("身份证号"), tr("姓名"), tr("与户主关系"), tr("劳动能力"), tr("健康状况"), tr("电话")});
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->verticalHeader()->hide();
    auto* addMember = new QPushButton(tr("添加家庭成员"), this);
    auto* removeMember = new QPushButton(tr("移除所选成员"), this);
    connect(addMember, &QPushButton::clicked, this, [this] { addMemberRow(); });
    connect(removeMember, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
    });
    auto* membersBox = new QWidget(this);
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    auto* headForm = new QFormLayout;
    headForm->addRow(tr("户主劳动能力"), m_headWork);
    headForm->addRow(tr("户主健康状况"), m_headHealth);
    membersLayout->addLayout(headForm);
    membersLayout->addWidget(new QLabel(tr("其他共同生活家庭成员："), this));
    membersLayout->addWidget(m_members, 1);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(removeMember);
    memberButtons->addStretch();
    membersLayout->addLayout(memberButtons);

    auto* ledgerForm = new QWidget(this);
    auto* form = new QFormLayout(ledgerForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("救助类别*"), m_category);
    form->addRow(tr("生活自理能力（特困）"), m_selfCare);
    form->addRow(tr("月保障金额（元）*"), m_amount);
    form->addRow(tr("起保日期*"), m_startOn);
    form->addRow(tr("状态"), m_status);
    form->addRow(tr("复核周期"), m_reviewCycle);
    form->addRow(tr("备注"), m_note);
    setLedgerForm(tr("户主"), ledgerForm, membersBox);
    resize(1100, 700);
}

void ReliefEditorDialog::addMemberRow(const ReliefMember& member)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, IdColumn, new QTableWidgetItem(member.person.idNumber));
    m_members->setItem(row, NameColumn, new QTableWidgetItem(member.person.name));
    m_members->setCellWidget(row, RelationColumn,
                             enumCell(m_members, kRelationships,
                                      member.relationship == Relationship::Head ? Relationship::Spouse : member.relationship));
    m_members->setCellWidget(row, WorkColumn, enumCell(m_members, kWorkAbilities, member.workAbility));
    m_members->setCellWidget(row, HealthColumn, enumCell(m_members, kMemberHealths, member.health));
    m_members->setItem(row, PhoneColumn, new QTableWidgetItem(member.person.phone));
}

void ReliefEditorDialog::setHousehold(const ReliefHousehold& household)
{
    m_household = household;
    m_members->setRowCount(0);
    if (!household.members.isEmpty()) {
        const ReliefMember& head = household.members.first();
        Person person = head.person;
        person.meta.orgCode = household.meta.orgCode;
        m_person->setPerson(person);
        setComboValue(m_headWork, head.workAbility);
        setComboValue(m_headHealth, head.health);
        for (qsizetype i = 1; i < household.members.size(); ++i)
            addMemberRow(household.members.at(i));
    }
    m_registeredOn->setDate(household.registeredOn);
    setComboValue(m_category, household.category);
    setComboValue(m_selfCare, household.selfCare);
    m_amount->setText(formatYuan(household.monthlyAmountFen));
    m_startOn->setDate(household.startOn);
    setComboValue(m_status, household.status);
    setComboValue(m_reviewCycle, household.reviewCycle);
    m_note->setPlainText(household.note);
    if (!household.members.isEmpty())
        showRecord(Ledger::Relief, household.meta.id, household.members.first().person.name);
}

Result<ReliefHousehold> ReliefEditorDialog::household() const
{
    ReliefHousehold household = m_household;
    auto amount = parseYuan(m_amount->text());
    if (!amount)
        return std::unexpected(amount.error());
    household.meta.orgCode = m_person->orgCode();
    household.registeredOn = m_registeredOn->date();
    household.category = comboValue<ReliefCategory>(m_category);
    household.selfCare = comboValue<SelfCare>(m_selfCare);
    household.monthlyAmountFen = *amount;
    household.startOn = m_startOn->date();
    household.status = comboValue<ReliefStatus>(m_status);
    household.reviewCycle = comboValue<ReviewCycle>(m_reviewCycle);
    household.note = m_note->toPlainText();

    // Members are matched to stored ones by ID number so their record ids survive an edit.
    const QList<ReliefMember> stored = m_household.members;
    auto storedMember = [&stored](const QString& idNumber) {
        for (const ReliefMember& member : stored)
            if (member.person.idNumber == idNumber)
                return member;
        return ReliefMember{};
    };
    household.members.clear();
    ReliefMember head = stored.isEmpty() ? ReliefMember{} : stored.first();
    head.person = m_person->person();
    head.relationship = Relationship::Head;
    head.workAbility = comboValue<WorkAbility>(m_headWork);
    head.health = comboValue<MemberHealth>(m_headHealth);
    household.members.append(head);
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString idNumber = cellText(m_members, row, IdColumn);
        const QString name = cellText(m_members, row, NameColumn);
        if (idNumber.isEmpty() && name.isEmpty())
            continue; // a blank row is not a member
        ReliefMember member = storedMember(idNumber);
        member.person.idNumber = idNumber;
        member.person.name = name;
        member.person.phone = cellText(m_members, row, PhoneColumn);
        member.relationship = comboValue<Relationship>(qobject_cast<QComboBox*>(m_members->cellWidget(row, RelationColumn)));
        member.workAbility = comboValue<WorkAbility>(qobject_cast<QComboBox*>(m_members->cellWidget(row, WorkColumn)));
        member.health = comboValue<MemberHealth>(qobject_cast<QComboBox*>(m_members->cellWidget(row, HealthColumn)));
        household.members.append(member);
    }
    return household;
}

Result<storage::LedgerLink> ReliefEditorDialog::write()
{
    auto edited = household();
    if (!edited)
        return std::unexpected(edited.error());
    m_written = *edited;
    return m_ops.save(m_written); // a new household: linked when any member was registered
}

} // namespace wushe::ui
