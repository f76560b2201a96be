#pragma once

#include "RegistryEditorDialog.h"
#include "domain/SocialWorker.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace wushe::ui {

class PersonFields;
class UnitPicker;

// A social worker or community worker in a post: the person (by ID number, shared
// with the ledgers), where the post is, the station or room, certificate and dates.
class SocialWorkerDialog : public RegistryEditorDialog
{
    Q_OBJECT
public:
    explicit SocialWorkerDialog(ops::Operations& ops, QWidget* parent = nullptr);

    Result<void> load(const QString& id) override;
    void setDefaultOrg(const QString& orgCode) override;
    QString recordName() const override;
    const SocialWorker& worker() const { return m_worker; }
    PersonFields* personFields() const { return m_person; }
    UnitPicker* postUnit() const { return m_org; }

protected:
    Result<void> write() override;
    void committed() override;
    Result<void> remove() override;

private:
    SocialWorker fromForm() const;

    SocialWorker m_worker;
    SocialWorker m_written;
    PersonFields* m_person;
    UnitPicker* m_org;
    QComboBox* m_serviceUnit;
    QComboBox* m_post;
    QComboBox* m_level;
    QLineEdit* m_certificateNo;
    QCheckBox* m_communityWorker;
    QCheckBox* m_satExam;
    QLineEdit* m_employer;
    QDateEdit* m_start;
    QCheckBox* m_left;
    QDateEdit* m_end;
};

} // namespace wushe::ui
