#pragma once

#include "operations/Change.h"

#include <QObject>

namespace wushe::ops {

// The one place views learn about changes: the operations layer emits changed()
// once per committed operation; models and pages subscribe and refresh what the
// change touched (Subsurface's DiveListNotifier is the model).
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void changed(const wushe::ops::Change& change);
};

} // namespace wushe::ops
