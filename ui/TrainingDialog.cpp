#include "TrainingDialog.h"

#include "EnumWidgets.h"
#include "UnitPicker.h"
#include "storage/TrainingRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

#include <cmath>

namespace wushe::ui {

TrainingDialog::TrainingDialog(ops::Operations& ops, QWidget* parent)
    : RegistryEditorDialog(ops, tr("培训"), parent), m_level(new QComboBox(this)),
      m_heldOn(dateField(m_clock.today(), this)), m_topic(new QLineEdit(this)), m_hours(new QDoubleSpinBox(this)),
      m_organizer(new QLineEdit(this)), m_org(new UnitPicker(m_db, OrgLevel::City, this))
{
    fillCombo(m_level, kTrainingLevels);
    setComboValue(m_level, TrainingLevel::County);
    m_hours->setRange(0, 1000);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_topic->setObjectName(QStringLiteral("topic"));
    form()->addRow(tr("级别*"), m_level);
    form()->addRow(tr("日期*"), m_heldOn);
    form()->addRow(tr("培训主题*"), m_topic);
    form()->addRow(tr("时长（小时）*"), m_hours);
    form()->addRow(tr("主办单位"), m_organizer);
    form()->addRow(tr("举办区划*"), m_org);
}

void TrainingDialog::setDefaultOrg(const QString& orgCode)
{
    m_org->setOrgCode(orgCode);
}

Result<void> TrainingDialog::load(const QString& id)
{
    auto found = required(storage::TrainingRepository(m_db, context()).find(id));
    if (!found)
        return std::unexpected(found.error());
    m_training = *found;
    setComboValue(m_level, m_training.level);
    m_heldOn->setDate(m_training.heldOn);
    m_topic->setText(m_training.topic);
    m_hours->setValue(m_training.minutes / 60.0);
    m_organizer->setText(m_training.organizer);
    m_org->setOrgCode(m_training.meta.orgCode);
    setWindowTitle(tr("培训 — %1").arg(m_training.topic));
    return {};
}

Training TrainingDialog::fromForm() const
{
    Training training = m_training;
    training.level = comboValue<TrainingLevel>(m_level);
    training.heldOn = m_heldOn->date();
    training.topic = m_topic->text().trimmed();
    training.minutes = int(std::lround(m_hours->value() * 60.0));
    training.organizer = m_organizer->text().trimmed();
    training.meta.orgCode = m_org->orgCode();
    return training;
}

Result<void> TrainingDialog::write()
{
    m_written = fromForm();
    return saveRecord(m_written);
}

Result<void> TrainingDialog::remove()
{
    Training training = m_training;
    return m_ops.remove(training);
}

} // namespace wushe::ui
