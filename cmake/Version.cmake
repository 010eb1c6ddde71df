# The program's version: the project version, and where the sources stand in
# git (git describe) when built from a clone. Written into the build tree as a
# source file of its own, so a new commit recompiles that one file only; it is
# worked out again at every build.
find_package(Git QUIET)
set(SD_VERSION_TEXT "${PROJECT_VERSION}")
if(GIT_FOUND AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
                    WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE SD_GIT_DESCRIBE
                    ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(SD_GIT_DESCRIBE)
        set(SD_VERSION_TEXT "${PROJECT_VERSION} (${SD_GIT_DESCRIBE})")
    endif()
endif()
configure_file("${SOURCE_DIR}/core/common/Version.cpp.in" "${OUTPUT}.new" @ONLY)
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
