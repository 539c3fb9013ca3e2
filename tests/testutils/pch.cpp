// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing: the library this file belongs to only carries the tests' precompiled headers
// (tests/CMakeLists.txt).
