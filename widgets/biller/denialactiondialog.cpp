// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialactiondialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

DenialReasonDialog::DenialReasonDialog(const QString &title, const QString &prompt,
                                       const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("denialReasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("denialReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why (kept in the denial's history)"));
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("denialReasonButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    });
    resize(440, 220);
}

QString DenialReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

AppealDialog::AppealDialog(const QString &claimNumber, const QString &letter, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("appealDialog"));
    setWindowTitle(tr("Appeal claim %1").arg(claimNumber));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("appealReasonEdit"));
    m_reason->setPlaceholderText(tr("Why appeal (kept in the denial's history)"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("The &letter, from the appeal template. Replace the text in "
                               "brackets, then save it as a PDF to send with the records."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_letter = new QPlainTextEdit(letter);
    m_letter->setObjectName(QStringLiteral("appealLetterEdit"));
    m_letter->setAccessibleName(tr("Appeal letter"));
    m_letter->setTabChangesFocus(true);
    m_letter->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    hint->setBuddy(m_letter);
    layout->addWidget(m_letter, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("appealButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save PDF and mark &appealed"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &AppealDialog::updateOk);
    connect(m_letter, &QPlainTextEdit::textChanged, this, &AppealDialog::updateOk);
    updateOk();
    m_reason->setFocus();
    resize(720, 640);
}

QString AppealDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString AppealDialog::letter() const
{
    return m_letter->toPlainText();
}

void AppealDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!reason().isEmpty() && !letter().trimmed().isEmpty());
}

} // namespace cc
