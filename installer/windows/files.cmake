# What a Windows install holds besides the two programs: Qt's libraries and
# plugins gathered by windeployqt (the SQLite and PostgreSQL SQL drivers among
# them, and Qt's Chinese translations), the MSVC runtime, and the libraries the
# programs link (libsodium, libpq) from where the build found them.
set(SD_WINDOWS_DLL_DIRS_DEFAULT)
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND SD_WINDOWS_DLL_DIRS_DEFAULT "${prefix}/bin")
endforeach()
set(SD_WINDOWS_DLL_DIRS "${SD_WINDOWS_DLL_DIRS_DEFAULT}" CACHE STRING
    "Folders holding the DLLs of libsodium and libpq (for vcpkg: <vcpkg>/installed/x64-windows/bin)")
find_program(SD_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${SD_WINDEPLOYQT}\" --release --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                --translations en,zh_CN
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/servicedesk.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/sdctl.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
# The DLLs of the non-Qt libraries the build linked (vcpkg puts them beside
# the import libraries' bin folder); windeployqt copies Qt's only.
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/servicedesk.exe\"
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/sdctl.exe\"
        RESOLVED_DEPENDENCIES_VAR found UNRESOLVED_DEPENDENCIES_VAR missing
        DIRECTORIES ${SD_WINDOWS_DLL_DIRS}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
        POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ss]ystem32[/\\\\\\\\].*\")
    if(missing)
        message(WARNING \"DLLs not found (add their folder to SD_WINDOWS_DLL_DIRS): \${missing}\")
    endif()
    file(INSTALL \${found} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The licence beside the programs (a Debian package has its copyright file instead).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME LICENSE.txt)
