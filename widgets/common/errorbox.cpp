// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbox.h"

#include <QMessageBox>

namespace cc::ui {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    auto *box = new QMessageBox(error.kind == Error::Kind::Invalid ? QMessageBox::Warning
                                                                   : QMessageBox::Critical,
                                title, error.userMessage, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->open();
}

} // namespace cc::ui
