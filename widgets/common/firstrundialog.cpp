// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc {

FirstRunDialog::FirstRunDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to CleanClaim"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h2>Welcome to CleanClaim</h2><p>There is no practice in "
                                "<tt>%1</tt> yet. How do you want to start?</p>")
                                     .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_group = new QButtonGroup(this);
    auto *demo = new QRadioButton(tr("A &demo practice with made-up patients, to learn and try "
                                     "the workstation"));
    demo->setObjectName(QStringLiteral("choiceDemo"));
    auto *empty = new QRadioButton(tr("An &empty practice: my own providers, payers and patients"));
    empty->setObjectName(QStringLiteral("choiceEmpty"));
    auto *open = new QRadioButton(tr("&Open another practice file…"));
    open->setObjectName(QStringLiteral("choiceOpen"));
    m_group->addButton(demo, int(Choice::Demo));
    m_group->addButton(empty, int(Choice::Empty));
    m_group->addButton(open, int(Choice::OpenFile));
    demo->setChecked(true);
    layout->addWidget(demo);
    layout->addWidget(empty);
    layout->addWidget(open);

    m_stack = new QStackedWidget;
    auto *demoPage = new QWidget;
    auto *demoForm = new QFormLayout(demoPage);
    m_encounters = new QSpinBox;
    m_encounters->setObjectName(QStringLiteral("demoEncounters"));
    m_encounters->setRange(50, 100000);
    m_encounters->setValue(600);
    demoForm->addRow(tr("Encounters over the last 30 days:"), m_encounters);

    auto *emptyPage = new QWidget;
    auto *emptyForm = new QFormLayout(emptyPage);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("practiceName"));
    m_npi = new QLineEdit;
    m_npi->setObjectName(QStringLiteral("practiceNpi"));
    m_npi->setInputMask(QStringLiteral("9999999999;_"));
    m_taxId = new QLineEdit;
    m_taxId->setObjectName(QStringLiteral("practiceTaxId"));
    m_taxId->setInputMask(QStringLiteral("999999999;_"));
    m_adminUser = new QLineEdit(QStringLiteral("admin"));
    m_adminUser->setObjectName(QStringLiteral("adminUser"));
    m_adminName = new QLineEdit;
    m_adminName->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    emptyForm->addRow(tr("Practice name:"), m_name);
    emptyForm->addRow(tr("Group NPI:"), m_npi);
    emptyForm->addRow(tr("Tax id (EIN):"), m_taxId);
    emptyForm->addRow(tr("Administrator user name:"), m_adminUser);
    emptyForm->addRow(tr("Administrator full name:"), m_adminName);
    emptyForm->addRow(tr("Password (8 or more characters):"), m_password);
    emptyForm->addRow(tr("Password again:"), m_confirm);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("firstRunMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    emptyForm->addRow(m_message);

    m_stack->addWidget(demoPage);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(new QWidget);
    layout->addWidget(m_stack);
    connect(m_group, &QButtonGroup::idClicked, m_stack, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *go = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("startButton"));
    go->setDefault(true);
    connect(go, &QPushButton::clicked, this, &FirstRunDialog::next);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return static_cast<Choice>(m_group->checkedId());
}

int FirstRunDialog::demoEncounters() const
{
    return m_encounters->value();
}

PracticeService::EmptyPractice FirstRunDialog::emptyPractice() const
{
    return {m_name->text().trimmed(),      m_npi->text().trimmed(),
            m_taxId->text().trimmed(),     m_adminUser->text().trimmed(),
            m_adminName->text().trimmed(), m_password->text()};
}

void FirstRunDialog::next()
{
    switch (choice()) {
    case Choice::Demo:
        accept();
        return;
    case Choice::Empty:
        if (m_password->text() != m_confirm->text()) {
            m_message->setText(tr("The two passwords differ. Type the same password twice."));
            m_confirm->clear();
            m_confirm->setFocus();
            return;
        }
        accept();
        return;
    case Choice::OpenFile:
        m_otherFile = QFileDialog::getOpenFileName(this, tr("Open a practice file"), QString(),
                                                   tr("CleanClaim practice (*.sqlite *.db);;All "
                                                      "files (*)"));
        if (!m_otherFile.isEmpty())
            accept();
        return;
    }
}

} // namespace cc
