#include "common/ApplicationIcon.h"

namespace sd {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/servicedesk/icons/%1x%1/servicedesk.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace sd
