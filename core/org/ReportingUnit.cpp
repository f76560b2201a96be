#include "org/ReportingUnit.h"

#include <QCoreApplication>

namespace wushe::org {

QString reportingUnitName(const OrgUnit& jurisdiction)
{
    if (jurisdiction.level == OrgLevel::Township)
        return QCoreApplication::translate("ReportingUnit", "%1社会工作服务站").arg(jurisdiction.name);
    return QCoreApplication::translate("ReportingUnit", "%1民政局").arg(jurisdiction.name);
}

} // namespace wushe::org
