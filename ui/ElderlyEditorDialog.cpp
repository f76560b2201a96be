#include "ElderlyEditorDialog.h"

#include "EnumWidgets.h"
#include "PersonFields.h"
#include "operations/Operations.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace wushe::ui {

ElderlyEditorDialog::ElderlyEditorDialog(ops::Operations& ops, QWidget* parent)
    : LedgerEditorDialog(ops, parent),
      m_categories(new BitChecks(kElderlyCategories, 3, this)), m_economicSources(new BitChecks(kEconomicSources, 3, this)),
      m_familyStructure(new QComboBox(this)), m_health(new QComboBox(this)), m_care(new QComboBox(this)),
      m_supporterName(new QLineEdit(this)), m_supporterPhone(new QLineEdit(this)),
      m_supporterWorkplace(new QLineEdit(this)), m_helperName(new QLineEdit(this)), m_risk(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("老年人台账 — 新增"));
    fillCombo(m_familyStructure, kFamilyStructures);
    fillCombo(m_health, kHealthStatuses);
    fillCombo(m_care, kCareSituations);
    fillCombo(m_risk, kRiskTiers);
    setComboValue(m_risk, RiskTier::General);
    m_note->setMaximumHeight(60);

    auto* ledgerForm = new QWidget(this);
    auto* form = new QFormLayout(ledgerForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("类别*（可多选）"), m_categories);
    form->addRow(tr("经济来源"), m_economicSources);
    form->addRow(tr("家庭结构"), m_familyStructure);
    form->addRow(tr("健康状况"), m_health);
    form->addRow(tr("照料情况"), m_care);
    form->addRow(tr("赡养人"), m_supporterName);
    form->addRow(tr("赡养人电话"), m_supporterPhone);
    form->addRow(tr("赡养人务工地"), m_supporterWorkplace);
    form->addRow(tr("结对帮扶人"), m_helperName);
    form->addRow(tr("风险等级"), m_risk);
    form->addRow(tr("备注"), m_note);
    setLedgerForm(tr("基本信息"), ledgerForm);
}

void ElderlyEditorDialog::setRecord(const ElderlyRecord& record)
{
    m_record = record;
    Person person = record.person;
    person.meta.orgCode = record.meta.orgCode;
    m_person->setPerson(person);
    m_registeredOn->setDate(record.registeredOn);
    m_categories->setBits(record.categories);
    m_economicSources->setBits(record.economicSources);
    setComboValue(m_familyStructure, record.familyStructure);
    setComboValue(m_health, record.healthStatus);
    setComboValue(m_care, record.careSituation);
    m_supporterName->setText(record.supporterName);
    m_supporterPhone->setText(record.supporterPhone);
    m_supporterWorkplace->setText(record.supporterWorkplace);
    m_helperName->setText(record.helperName);
    setComboValue(m_risk, record.riskTier);
    m_note->setPlainText(record.note);
    showRecord(Ledger::Elderly, record.meta.id, record.person.name);
}

ElderlyRecord ElderlyEditorDialog::record() const
{
    ElderlyRecord record = m_record;
    record.person = m_person->person();
    record.meta.orgCode = m_person->orgCode();
    record.registeredOn = m_registeredOn->date();
    record.categories = m_categories->bits();
    record.economicSources = m_economicSources->bits();
    record.familyStructure = comboValue<FamilyStructure>(m_familyStructure);
    record.healthStatus = comboValue<HealthStatus>(m_health);
    record.careSituation = comboValue<CareSituation>(m_care);
    record.supporterName = m_supporterName->text();
    record.supporterPhone = m_supporterPhone->text();
    record.supporterWorkplace = m_supporterWorkplace->text();
    record.helperName = m_helperName->text();
    record.riskTier = comboValue<RiskTier>(m_risk);
    record.note = m_note->toPlainText();
    return record;
}

Result<storage::LedgerLink> ElderlyEditorDialog::write()
{
    m_written = record();
    return m_ops.save(m_written);
}

} // namespace wushe::ui
