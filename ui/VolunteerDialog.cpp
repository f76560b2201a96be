#include "VolunteerDialog.h"

#include "PersonFields.h"
#include "UnitPicker.h"
#include "storage/OrgUnitRepository.h"
#include "storage/VolunteerRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace wushe::ui {

VolunteerDialog::VolunteerDialog(ops::Operations& ops, QWidget* parent)
    : RegistryEditorDialog(ops, tr("志愿者"), parent), m_person(new PersonFields(m_db, m_clock, this)),
      m_org(new UnitPicker(m_db, OrgLevel::County, this)), m_team(new QComboBox(this)), m_number(new QLineEdit(this)),
      m_skills(new QLineEdit(this)), m_registered(dateField(m_clock.today(), this))
{
    m_team->addItem(tr("（未加入队伍）"), QString());
    if (auto top = storage::OrgUnitRepository(m_db).jurisdiction()) {
        if (auto teams = storage::VolunteerRepository(m_db, context()).teams(top->code))
            for (const VolunteerTeam& team : *teams)
                m_team->addItem(team.name, team.meta.id);
    }
    m_registered->setMaximumDate(m_clock.today());
    m_skills->setPlaceholderText(tr("如：医疗护理、心理疏导、文艺"));
    form()->addRow(m_person);
    form()->addRow(tr("登记单位*"), m_org);
    form()->addRow(tr("所属队伍"), m_team);
    form()->addRow(tr("志愿者编号"), m_number);
    form()->addRow(tr("技能特长"), m_skills);
    form()->addRow(tr("登记日期*"), m_registered);
}

void VolunteerDialog::setDefaultOrg(const QString& orgCode)
{
    m_org->setOrgCode(orgCode);
}

Result<void> VolunteerDialog::load(const QString& id)
{
    auto found = required(storage::VolunteerRepository(m_db, context()).find(id));
    if (!found)
        return std::unexpected(found.error());
    m_volunteer = *found;
    m_person->setPerson(m_volunteer.person);
    m_org->setOrgCode(m_volunteer.meta.orgCode);
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_volunteer.teamId)));
    m_number->setText(m_volunteer.volunteerNo);
    m_skills->setText(m_volunteer.skills);
    m_registered->setDate(m_volunteer.registeredOn);
    setWindowTitle(tr("志愿者 — %1").arg(recordName()));
    return {};
}

Volunteer VolunteerDialog::fromForm() const
{
    Volunteer volunteer = m_volunteer;
    volunteer.person = m_person->person();
    volunteer.meta.orgCode = m_org->orgCode();
    volunteer.teamId = m_team->currentData().toString();
    volunteer.volunteerNo = m_number->text().trimmed();
    volunteer.skills = m_skills->text().trimmed();
    volunteer.registeredOn = m_registered->date();
    return volunteer;
}

Result<void> VolunteerDialog::write()
{
    m_written = fromForm();
    return saveRecord(m_written);
}

void VolunteerDialog::committed()
{
    m_volunteer = m_written;
    m_person->setPerson(m_volunteer.person);
}

Result<void> VolunteerDialog::remove()
{
    Volunteer volunteer = m_volunteer;
    return m_ops.remove(volunteer);
}

} // namespace wushe::ui
