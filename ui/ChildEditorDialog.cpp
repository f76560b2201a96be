#include "ChildEditorDialog.h"

#include "EnumWidgets.h"
#include "PersonFields.h"
#include "operations/Operations.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace wushe::ui {

namespace {

// Name, workplace and phone of a parent on one form row.
QWidget* row(QWidget* parent, std::initializer_list<QWidget*> fields)
{
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* field : fields)
        layout->addWidget(field);
    return widget;
}

QLineEdit* edit(QWidget* parent, const QString& placeholder)
{
    auto* line = new QLineEdit(parent);
    line->setPlaceholderText(placeholder);
    return line;
}

} // namespace

ChildEditorDialog::ChildEditorDialog(ops::Operations& ops, QWidget* parent)
    : LedgerEditorDialog(ops, parent),
      m_categories(new BitChecks(kChildCategories, 2, this)), m_guardianship(new QComboBox(this)),
      m_guardianName(edit(this, tr("姓名"))), m_guardianRelation(edit(this, tr("与儿童关系"))),
      m_guardianPhone(edit(this, tr("电话"))), m_guardianId(edit(this, tr("监护人身份证号"))),
      m_fatherName(edit(this, tr("姓名"))), m_fatherWorkplace(edit(this, tr("务工地点（省/市）"))),
      m_fatherPhone(edit(this, tr("电话"))), m_motherName(edit(this, tr("姓名"))),
      m_motherWorkplace(edit(this, tr("务工地点（省/市）"))), m_motherPhone(edit(this, tr("电话"))),
      m_schooling(new QComboBox(this)), m_boarding(new QCheckBox(tr("学校寄宿"), this)), m_health(new QComboBox(this)),
      m_disabilityNote(edit(this, tr("残疾类别及等级、患病类型"))), m_income(new BitChecks(kFamilyIncomes, 3, this)),
      m_assistance(new BitChecks(kAssistances, 3, this)), m_risk(new QComboBox(this)), m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("儿童台账 — 新增"));
    fillCombo(m_guardianship, kGuardianshipTypes);
    fillCombo(m_schooling, kSchoolings);
    fillCombo(m_health, kChildHealths);
    fillCombo(m_risk, kRiskTiers);
    setComboValue(m_guardianship, GuardianshipType::Fair);
    setComboValue(m_risk, RiskTier::General);
    m_note->setMaximumHeight(50);

    auto* ledgerForm = new QWidget(this);
    auto* form = new QFormLayout(ledgerForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("类别*（可多选）"), m_categories);
    form->addRow(tr("监护类型"), m_guardianship);
    form->addRow(tr("实际监护人"), row(this, {m_guardianName, m_guardianRelation, m_guardianPhone}));
    form->addRow(QString(), m_guardianId);
    form->addRow(tr("父亲"), row(this, {m_fatherName, m_fatherWorkplace, m_fatherPhone}));
    form->addRow(tr("母亲"), row(this, {m_motherName, m_motherWorkplace, m_motherPhone}));
    form->addRow(tr("就学情况"), row(this, {m_schooling, m_boarding}));
    form->addRow(tr("身体状况"), row(this, {m_health, m_disabilityNote}));
    form->addRow(tr("家庭经济来源"), m_income);
    form->addRow(tr("已获救助帮扶"), m_assistance);
    form->addRow(tr("风险等级"), m_risk);
    form->addRow(tr("备注"), m_note);
    setLedgerForm(tr("儿童基本信息"), ledgerForm);
}

void ChildEditorDialog::setRecord(const ChildRecord& record)
{
    m_record = record;
    Person person = record.person;
    person.meta.orgCode = record.meta.orgCode;
    m_person->setPerson(person);
    m_registeredOn->setDate(record.registeredOn);
    m_categories->setBits(record.categories);
    setComboValue(m_guardianship, record.guardianshipType);
    m_guardianName->setText(record.guardianName);
    m_guardianRelation->setText(record.guardianRelation);
    m_guardianPhone->setText(record.guardianPhone);
    m_guardianId->setText(record.guardianIdNumber);
    m_fatherName->setText(record.fatherName);
    m_fatherWorkplace->setText(record.fatherWorkplace);
    m_fatherPhone->setText(record.fatherPhone);
    m_motherName->setText(record.motherName);
    m_motherWorkplace->setText(record.motherWorkplace);
    m_motherPhone->setText(record.motherPhone);
    setComboValue(m_schooling, record.schooling);
    m_boarding->setChecked(record.boarding);
    setComboValue(m_health, record.health);
    m_disabilityNote->setText(record.disabilityNote);
    m_income->setBits(record.incomeSources);
    m_assistance->setBits(record.assistance);
    setComboValue(m_risk, record.riskTier);
    m_note->setPlainText(record.note);
    showRecord(Ledger::Child, record.meta.id, record.person.name);
}

ChildRecord ChildEditorDialog::record() const
{
    ChildRecord record = m_record;
    record.person = m_person->person();
    record.meta.orgCode = m_person->orgCode();
    record.registeredOn = m_registeredOn->date();
    record.categories = m_categories->bits();
    record.guardianshipType = comboValue<GuardianshipType>(m_guardianship);
    record.guardianName = m_guardianName->text();
    record.guardianRelation = m_guardianRelation->text();
    record.guardianPhone = m_guardianPhone->text();
    record.guardianIdNumber = m_guardianId->text();
    record.fatherName = m_fatherName->text();
    record.fatherWorkplace = m_fatherWorkplace->text();
    record.fatherPhone = m_fatherPhone->text();
    record.motherName = m_motherName->text();
    record.motherWorkplace = m_motherWorkplace->text();
    record.motherPhone = m_motherPhone->text();
    record.schooling = comboValue<Schooling>(m_schooling);
    record.boarding = m_boarding->isChecked();
    record.health = comboValue<ChildHealth>(m_health);
    record.disabilityNote = m_disabilityNote->text();
    record.incomeSources = m_income->bits();
    record.assistance = m_assistance->bits();
    record.riskTier = comboValue<RiskTier>(m_risk);
    record.note = m_note->toPlainText();
    return record;
}

Result<storage::LedgerLink> ChildEditorDialog::write()
{
    m_written = record();
    return m_ops.save(m_written);
}

} // namespace wushe::ui
