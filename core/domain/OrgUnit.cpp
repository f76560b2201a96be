#include "domain/OrgUnit.h"

namespace wushe {

AreaType areaTypeOfKind(QStringView kind)
{
    if (kind == u"街道" || kind == u"社区")
        return AreaType::Urban;
    if (kind == u"镇" || kind == u"乡" || kind == u"村")
        return AreaType::Rural;
    return AreaType::Other;
}

} // namespace wushe

namespace wushe {

CodeRange subtreeRange(QStringView code, OrgLevel level)
{
    int prefix = 12;
    switch (level) {
    case OrgLevel::Province: prefix = 2; break;
    case OrgLevel::City: prefix = 4; break;
    case OrgLevel::County: prefix = 6; break;
    case OrgLevel::Township: prefix = 9; break;
    case OrgLevel::Village: prefix = 12; break;
    }
    const QString head = code.left(prefix).toString();
    return {head.leftJustified(12, u'0'), head.leftJustified(12, u'9')};
}

} // namespace wushe
