# Install rules and packaging (CPack): a .deb and a .tar.gz on Linux, a WiX
# installer and a .zip on Windows, and the sources. Kept out of the top-level
# file so packaging grows without touching the build.
#
#   cmake --workflow --preset package      (README: "Packages")
include(GNUInstallDirs)
# Debian keeps a package's documents under the package's name, not the project's.
set(CMAKE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/servicedesk")
set(SD_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SD_PACKAGE_FILES_DIR ${PROJECT_BINARY_DIR}/installer)

# Where the AppStream screenshots are published; the software centre shows
# them with their captions (installer/linux/servicedesk.metainfo.xml.in).
set(SD_SCREENSHOTS_URL "https://servicedesk.example/screenshots" CACHE STRING
    "Web address of the folder holding the AppStream screenshots (resources/screenshots)")
set(SD_RELEASE_DATE "2026-11-30" CACHE STRING "Date of this release, for the AppStream metainfo")
set(SD_PACKAGE_CONTACT "Service Desk packaging <packaging@servicedesk.example>" CACHE STRING
    "Maintainer of the packages: name and e-mail address")

install(TARGETS servicedesk sdctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(UNIX AND NOT APPLE)
    include(${SD_INSTALLER_DIR}/linux/files.cmake)
elseif(WIN32)
    include(${SD_INSTALLER_DIR}/windows/files.cmake)
endif()

set(CPACK_PACKAGE_NAME "servicedesk")
set(CPACK_PACKAGE_VENDOR "Service Desk")
set(CPACK_PACKAGE_CONTACT "${SD_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Service Desk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Start-menu shortcut on Windows: executable name, then the label.
set(CPACK_PACKAGE_EXECUTABLES "servicedesk" "Service Desk")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)

# The sources: what git tracks, without build trees and editor leftovers.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "servicedesk-${PROJECT_VERSION}-source")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/" "/\\.vscode/" "/\\.idea/" "~$" "\\.swp$" "/CMakeUserPresets\\.json$")

if(WIN32)
    include(${SD_INSTALLER_DIR}/windows/cpack.cmake)
elseif(UNIX AND NOT APPLE)
    include(${SD_INSTALLER_DIR}/linux/cpack.cmake)
else()
    set(CPACK_GENERATOR "TGZ")
endif()
include(CPack)
